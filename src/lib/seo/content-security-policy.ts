/**
 * The Content-Security-Policy Astro writes into every page (`security.csp` in astro.config.mjs).
 * Astro adds the hashes of its own scripts and styles to script-src and style-src; this module
 * decides everything else. Directives a <meta> policy cannot carry (frame-ancestors) and the
 * other security headers are in public/_headers and deploy/nginx.conf.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { LOOPBACK_HOSTS } from '../live/httpbin.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Where the live widget may send requests. The reader can point it at any httpbin-compatible
 * server, so the policy cannot list servers: it allows every https origin and plain http only on
 * the loopback interface (a server on the reader's own machine). The build-time default is added
 * when it is plain http elsewhere. Allowing https: gives up connect-src as a guard against data
 * leaving the page; script-src, which admits only the site's own hashed scripts, is the guard.
 */
export function connectSources(httpbinServer: string): string[] {
  const sources = ["'self'", 'https:', ...LOOPBACK_HOSTS.map((host) => `http://${host}:*`)];
  const server = new URL(httpbinServer);
  const loopback = (LOOPBACK_HOSTS as readonly string[]).includes(server.hostname);
  if (server.protocol === 'http:' && !loopback) sources.push(server.origin);
  return sources;
}

/** `httpbinServer` is the checked PUBLIC_HTTPBIN_URL (src/lib/site/settings.ts). */
export function contentSecurityPolicy(httpbinServer: string): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `connect-src ${connectSources(httpbinServer).join(' ')}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    // Pagefind compiles its WebAssembly search index at run time.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  };
}

/** The CSP source for an inline script or style: 'sha256-' and the base64 digest of its exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
