/**
 * Checks the content without a build, with the same code the build runs first
 * (src/lib/content/check.ts), so both print the same problems.
 *   npm run check-content              every file, and the rules about the whole collection
 *   npm run check-content -- 409 410   only these pages (related codes may point anywhere on disk)
 */
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const args = process.argv.slice(2);
const bad = args.filter((arg) => !/^[1-5]\d\d$/.test(arg));
if (bad.length > 0) {
  console.error(`Usage: npm run check-content -- [NNN ...]\n${bad.join(', ')}: not a status code between 100 and 599.`);
  process.exit(1);
}

const { problems, checked } = await checkContent({
  root: new URL('../', import.meta.url),
  only: args.length > 0 ? args.map(Number) : undefined,
});
if (problems.length > 0) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  process.exit(1);
}
console.log(`${checked} file(s) checked: OK`);
