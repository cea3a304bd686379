/**
 * Everything the site shows or publishes about one status code, computed once per build from its
 * content entry (after Starlight's generateRouteData()): the page, /NNN.json, /codes.json, the
 * search index and the preview image read this and compute nothing themselves.
 */
import { classOf, type StatusClass } from '../content/classes.ts';
import { cacheabilityOf, type Cacheability } from '../content/facts.ts';
import { specLabel, statusBadge, type Badge } from '../content/labels.ts';
import type { CodeData } from '../content/schema.ts';
import { constantsFor, type ConstantRow } from '../../data/library-constants.ts';
import { tryItView, type TryItView } from '../live/try-it.ts';
import { scenariosOf, type ScenarioView } from '../live/scenarios.ts';
import { registrationOf, searchAttributes, type Registration } from '../search/meta.ts';
import { codeCard, socialImage } from '../seo/social-card.ts';
import { formatDate } from '../site/dates.ts';
import { pageTitle } from '../site/identity.ts';
import { absoluteUrl, codePath, pathWithBase } from '../site/urls.ts';
import { articleMeta, type ArticleView, type Source } from './article.ts';
import { crumbsTo } from './crumbs.ts';
import { codeRecord, knownCode, type CodeRecord } from './records.ts';
import type { KnownCode } from '../search/lookup.ts';
import { exampleGroups, type ExampleGroup } from '../code-tabs/groups.ts';
import { neighboursOf, type Neighbours } from '../page-nav/neighbours.ts';

/** What a view is built from: a content entry, or anything else that carries the frontmatter. */
export interface CodeSource {
  data: CodeData;
  /** The source file inside the repository ("content/codes/409.mdx"), as Astro's glob() loader gives it. */
  filePath?: string | undefined;
}

/** A link to another code's page: the previous and next code. */
export interface CodeLink {
  code: number;
  /** "408 Request Timeout" */
  title: string;
  path: string;
}

/** How many related codes the "Not this one?" line under the answer names. */
export const CONFUSED_WITH_COUNT = 3;

export interface RelatedCode {
  code: number;
  name: string;
  cls: StatusClass;
  path: string;
  /** How it differs, in inline Markdown. */
  note: string;
}

/** A code page's view; its sources are the defining section first, then the page's other sources. */
export interface CodeView<Entry extends CodeSource = CodeSource> extends ArticleView {
  entry: Entry;
  data: CodeData;
  code: number;
  /** "409 Conflict": the heading, the breadcrumb and the JSON-LD headline. */
  title: string;
  cls: StatusClass;
  /** The status badge (unofficial, temporary, ...); null for standard codes. */
  badge: Badge | null;
  registration: Registration;
  /** The page's path, base included: "/409/". */
  path: string;
  /** The page's absolute, canonical URL. */
  url: string;
  /** "/409.json" */
  jsonPath: string;
  /** The defining section; null for unofficial codes. */
  spec: Source | null;
  /** The stated expiry of a temporary registration, for readers. */
  expires: string | null;
  cacheability: Cacheability;
  tryIt: TryItView;
  /** "Send /status/NNN" (the live widget's), then the page's own scenarios. */
  scenarios: ScenarioView[];
  related: RelatedCode[];
  /** The first related codes: the ones people most often mean instead ("Not this one?"). */
  confusedWith: RelatedCode[];
  /** The code before and after this one, by number. */
  neighbours: Neighbours<CodeLink>;
  /** The examples, grouped by side for the tabs. */
  exampleGroups: ExampleGroup[];
  /** Where the page's source file can be edited; null without EDIT_URL. */
  editUrl: string | null;
  constants: ConstantRow[];
  /** The code in /codes.json and /NNN.json. */
  record: CodeRecord;
  /** The code in /search-codes.json. */
  known: KnownCode;
}

export interface CodeViewContext {
  /** Every code's name, for the related codes. */
  names: ReadonlyMap<number, string>;
  /** The live widget's server (PUBLIC_HTTPBIN_URL). */
  httpbinServer: string;
  /** Where source files can be edited (EDIT_URL, ending in "/"); no edit link when null or left out. */
  editBase?: string | null | undefined;
}

const codeLink = (code: number, names: ReadonlyMap<number, string>): CodeLink => ({
  code,
  title: `${code} ${names.get(code) ?? ''}`.trim(),
  path: codePath(code),
});

export function codeView<Entry extends CodeSource>(entry: Entry, context: CodeViewContext): CodeView<Entry> {
  const { data } = entry;
  const { code } = data;
  const title = `${code} ${data.name}`;
  const cls = classOf(code);
  const badge = statusBadge(data);
  const path = codePath(code);
  const url = absoluteUrl(path);
  const image = socialImage(String(code), codeCard({ code, name: data.name, summary: data.summary, cls, badge }));
  const spec = data.spec ? { title: specLabel(data.spec), url: data.spec.url } : null;
  const crumbs = crumbsTo(cls, { name: title, path });
  const registration = registrationOf(data.status);
  const cacheability = cacheabilityOf(code);
  const sources = [...(spec ? [spec] : []), ...data.sources];
  const related = data.related.map(({ code: other, note }) => ({
    code: other,
    name: context.names.get(other) ?? '',
    cls: classOf(other),
    path: codePath(other),
    note,
  }));
  const { previous, next } = neighboursOf(
    [...context.names.keys()].sort((a, b) => a - b),
    code,
  );
  return {
    entry,
    data,
    code,
    title,
    cls,
    badge,
    registration,
    path,
    url,
    jsonPath: pathWithBase(`${code}.json`),
    spec,
    expires: data.expires ? formatDate(data.expires) : null,
    cacheability,
    tryIt: tryItView(code, data.headers, context.httpbinServer),
    scenarios: scenariosOf(code, data.scenarios, context.httpbinServer),
    related,
    confusedWith: related.slice(0, CONFUSED_WITH_COUNT),
    neighbours: {
      previous: previous === null ? null : codeLink(previous, context.names),
      next: next === null ? null : codeLink(next, context.names),
    },
    exampleGroups: exampleGroups(data.examples),
    editUrl: context.editBase && entry.filePath ? new URL(entry.filePath, context.editBase).href : null,
    constants: constantsFor(code),
    sources,
    searchAttributes: searchAttributes({
      kind: 'code',
      code: String(code),
      name: data.name,
      formerNames: data.formerNames,
      terms: data.searchTerms,
      cls: cls.id,
      registration,
    }),
    ...articleMeta({
      title: pageTitle(title),
      headline: title,
      path,
      url,
      image,
      crumbs,
      data,
    }),
    record: codeRecord({ data, cls, spec, url, cacheability, sources }),
    known: knownCode({ data, registration }),
  };
}
