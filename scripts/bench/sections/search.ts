/** Search in Chromium: time to the first result and bytes, for a first (cold) and a later (warm) search. */
import type { BenchSection } from '../section.ts';
import { benchSearch, SEARCH_COLUMNS, searchRows } from '../search.ts';

/** Runs per search pair; the median is reported. */
const RUNS = 5;

export const searchSection: BenchSection = {
  id: 'search',
  title: 'Search in Chromium (median of 5 runs)',
  enabled: () => true,
  async run({ siteUrl }) {
    const bench = await benchSearch(siteUrl, RUNS);
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
