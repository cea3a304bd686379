import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, PALETTE, paletteCss } from '../../../src/lib/seo/palette.ts';
import { ROOT } from '../../../scripts/lib/build.ts';

/** Every stylesheet and component style of the site. */
async function siteCss(): Promise<string> {
  const files = (await readdir(`${ROOT}src`, { recursive: true })).filter((f) => /\.(css|astro)$/.test(f));
  return (await Promise.all(files.map((f) => readFile(`${ROOT}src/${f}`, 'utf8')))).join('\n');
}

describe('palette', () => {
  it('writes every colour as a light-dark() token in the tokens layer', () => {
    const css = paletteCss();
    expect(css).toMatch(/^@layer tokens \{/);
    expect(css).toContain(`--bg-raised: light-dark(${PALETTE.bgRaised.light}, ${PALETTE.bgRaised.dark});`);
    expect(css).toContain(`--c4: light-dark(${CLASS_COLOURS['4xx'].light}, ${CLASS_COLOURS['4xx'].dark});`);
    expect(css).toContain('--focus: var(--accent);');
  });

  it('defines every custom property the styles use', async () => {
    const css = await siteCss();
    const defined = new Set([...`${css}\n${paletteCss()}`.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    // --shiki-* come from the code-colour stylesheet, generated per theme.
    const used = new Set(
      [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]).filter((name) => !name?.startsWith('--shiki-')),
    );
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('keeps literal font sizes and paddings in the token file only', async () => {
    const files = (await readdir(`${ROOT}src`, { recursive: true })).filter(
      (f) => /\.(css|astro)$/.test(f) && !f.endsWith('tokens.css'),
    );
    const literal = /(font-size|padding(?:-[a-z-]+)?)\s*:\s*[^;]*\d(rem|em|px)/;
    const offenders: string[] = [];
    for (const file of files)
      for (const [i, line] of (await readFile(`${ROOT}src/${file}`, 'utf8')).split('\n').entries())
        if (literal.test(line)) offenders.push(`src/${file}:${i + 1}: ${line.trim()}`);
    expect(offenders, 'use a --text-* or --space-* token from src/styles/tokens.css').toEqual([]);
  });
});
