/**
 * Measures the search alone against a build you serve yourself (npm start in another terminal):
 *   node_modules/.bin/node scripts/bench-search.ts http://127.0.0.1:4321/ [runs]
 * npm run bench runs the same measurement as its search section.
 */
import { formatTable } from './bench/format.ts';
import { benchSearch, SEARCH_COLUMNS, SEARCH_RUNS, searchRows } from './bench/search.ts';

const [siteUrl, runs = String(SEARCH_RUNS)] = process.argv.slice(2);
if (!siteUrl || !/^https?:\/\//.test(siteUrl) || !/^\d+$/.test(runs)) {
  console.error('usage: node scripts/bench-search.ts <served site URL, e.g. http://127.0.0.1:4321/> [runs]');
  process.exit(2);
}
const bench = await benchSearch(siteUrl, Number(runs));
console.log(`Search in Chromium against ${siteUrl} (median of ${bench.runs} runs)`);
console.log(formatTable(SEARCH_COLUMNS, searchRows(bench)));
