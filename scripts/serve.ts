/**
 * Serves the production build in dist/ on 127.0.0.1 like a static host (see static-server.ts).
 *   npm run preview            port 4321, or PORT
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}404.html`)) {
  console.error('dist/ has no build: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const base = process.env['BASE_PATH'] || '/';
const port = Number(process.env['PORT'] || 4321);
try {
  const server = await serveStatic(dist, { base: base.endsWith('/') ? base : `${base}/`, port });
  console.log(`Serving dist/ at ${server.url} (Ctrl+C to stop)`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another port.` : String(error));
  process.exit(1);
}
