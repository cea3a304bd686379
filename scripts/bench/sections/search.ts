/** Search in Chromium: time to the first result and bytes, for a first (cold) and a later (warm) search. */
import type { BenchSection } from '../section.ts';
import { benchSearch, SEARCH_COLUMNS, SEARCH_RUNS, searchRows } from '../search.ts';

export const searchSection: BenchSection = {
  id: 'search',
  title: `Search in Chromium (median of ${SEARCH_RUNS} runs)`,
  async run({ siteUrl }) {
    const bench = await benchSearch(siteUrl);
    return {
      tables: [{ columns: SEARCH_COLUMNS, rows: searchRows(bench) }],
      notes: [
        'Timed from the "/" key that opens the dialog, with the query typed at once.',
        'Cold: a fresh page with an empty cache. Warm: a second search on the same page.',
        'Targets: first result within 150 ms cold and 30 ms warm on 127.0.0.1.',
      ],
      data: bench,
    };
  },
};
