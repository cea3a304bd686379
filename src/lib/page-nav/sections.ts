/**
 * The sections of a code page, in page order: the page renders its headings from this list, and
 * the table of contents and the jump links under the answer are built from it, so a heading and
 * its links cannot drift apart.
 */
export interface PageSection {
  /** The heading's id: the fragment every link to it uses. */
  id: string;
  title: string;
  /** The shorter text of its jump link under the answer; only the sections a reader jumps to have one. */
  jump?: string;
}

export const CODE_SECTIONS = {
  meaning: { id: 'meaning', title: 'What it means' },
  causes: { id: 'causes', title: 'Common causes', jump: 'Causes' },
  fix: { id: 'fix', title: 'How to fix it', jump: 'Fix' },
  examples: { id: 'code-examples', title: 'Code examples', jump: 'Examples' },
  // The live widget's section: src/components/live/TryIt.astro renders this heading.
  tryIt: { id: 'try-it', title: 'Try it', jump: 'Try it' },
  scenario: { id: 'scenario', title: 'Example' },
  tip: { id: 'tip', title: 'Developer tip' },
  related: { id: 'related', title: 'Related status codes' },
  faq: { id: 'faq', title: 'FAQ', jump: 'FAQ' },
  sources: { id: 'sources', title: 'Sources' },
} as const satisfies Record<string, PageSection>;

/** Every section, in page order: the table of contents. */
export const CODE_TOC: readonly PageSection[] = Object.values(CODE_SECTIONS);

/** The sections with a jump link, in page order. */
export const CODE_JUMPS: readonly (PageSection & { jump: string })[] = CODE_TOC.filter(
  (section): section is PageSection & { jump: string } => section.jump !== undefined,
);
