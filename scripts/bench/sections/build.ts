/** Build time, total and per page, and the size of what it wrote. */
import type { BenchSection } from '../section.ts';
import { formatBytes, formatMs } from '../format.ts';
import { spread } from '../stats.ts';

const SLOWEST_SHOWN = 5;

export const buildSection: BenchSection = {
  id: 'build',
  title: 'Build',
  async run({ build: { timing, output } }) {
    const pageMs = timing.routes.filter((route) => route.path.endsWith('.html'));
    const render = spread(pageMs.map((route) => route.ms));
    const perPage = timing.totalMs / timing.pages;
    const slowest = [...pageMs].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_SHOWN);
    return {
      tables: [
        {
          columns: ['build', 'value'],
          rows: [
            ['full build, cold caches', formatMs(timing.totalMs)],
            ['HTML pages', timing.pages],
            ['other generated files (JSON)', timing.routes.length - pageMs.length],
            ['cold build / HTML pages', formatMs(perPage)],
            ['page render min / median / max', `${render.min} / ${render.median} / ${render.max} ms`],
          ],
        },
        {
          title: 'Output',
          columns: ['files', 'count', 'bytes'],
          rows: [
            ['all', output.files, formatBytes(output.bytes)],
            ...Object.entries(output.byType)
              .sort(([, a], [, b]) => b.bytes - a.bytes)
              .map(([type, group]) => [`.${type}`, group.files, formatBytes(group.bytes)]),
            ...Object.entries(output.assetDirs).map(([dir, group]) => [
              `${dir}/`,
              group.files,
              formatBytes(group.bytes),
            ]),
          ],
        },
      ],
      notes: [
        `Slowest pages to render: ${slowest.map((route) => `${route.path} ${route.ms} ms`).join(', ')}.`,
        'Wall time of `astro build` in a fresh copy of the project (no caches), as on a CI machine.',
      ],
      data: {
        totalMs: timing.totalMs,
        pages: timing.pages,
        msPerPage: perPage,
        pageRenderMs: render,
        slowestPages: slowest,
        output,
      },
    };
  },
};
