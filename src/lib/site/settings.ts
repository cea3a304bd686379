/**
 * The build-time settings, read and checked once (astro.config.mjs): SITE_URL, BASE_PATH,
 * PUBLIC_HTTPBIN_URL and EDIT_URL. A bad value fails the build naming the variable and the form it needs,
 * instead of an "Invalid URL" from somewhere deep, or pages that link to a broken address.
 */
import { checkServer, DEFAULT_HTTPBIN_URL } from '../live/httpbin.ts';

export interface BuildSettings {
  /** The absolute origin, e.g. "https://httpstatus.dev". */
  site: string;
  /** The sub-path, "/" or "/http-status/". */
  base: string;
  /** The live widget's default server, normalized. */
  httpbin: string;
  /**
   * Where a page's source file can be edited, ending in "/": a file's path inside the repository is
   * appended ("content/codes/409.mdx"). Null when EDIT_URL is unset: pages then show no edit link.
   */
  edit: string | null;
}

export const DEFAULT_SITE_URL = 'https://httpstatus.dev';

export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(
      `The build settings have ${problems.length === 1 ? 'a problem' : 'problems'}:\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'SettingsError';
  }
}

function siteUrl(value: string): string | { problem: string } {
  const problem = `SITE_URL="${value}" is not the origin of a site: give it as https://your.domain (http allowed), with no path, query or user name`;
  try {
    const url = new URL(value);
    const plain = !url.username && !url.password && !url.search && !url.hash && url.pathname === '/';
    return ['https:', 'http:'].includes(url.protocol) && plain && url.origin === value.replace(/\/$/, '')
      ? url.origin
      : { problem };
  } catch {
    return { problem };
  }
}

function basePath(value: string): string | { problem: string } {
  const base = value.endsWith('/') ? value : `${value}/`;
  return /^\/([A-Za-z0-9._~-]+\/)*$/.test(base) && !/(^|\/)\.\.?\//.test(base)
    ? base
    : {
        problem: `BASE_PATH="${value}" is not a sub-path: give it as /name/ (letters, digits and . _ ~ - between slashes), or leave it out for the root`,
      };
}

function httpbinUrl(value: string): string | { problem: string } {
  // The page a build is served from may be plain http, so only the form of the address is checked.
  const check = checkServer(value, 'http:');
  return 'server' in check
    ? check.server
    : { problem: `PUBLIC_HTTPBIN_URL="${value}" cannot be used: ${check.error.replace(/^"[^"]*" /, '')}` };
}

function editUrl(value: string): string | { problem: string } {
  const problem = `EDIT_URL="${value}" is not the address of a repository folder: give it as https://github.com/owner/repo/edit/main/ (the file's path is appended), with no query or fragment, or leave it out for no edit link`;
  try {
    const url = new URL(value.endsWith('/') ? value : `${value}/`);
    return ['https:', 'http:'].includes(url.protocol) && !url.username && !url.password && !url.search && !url.hash
      ? url.href
      : { problem };
  } catch {
    return { problem };
  }
}

/** The settings from the environment, with their defaults; throws a SettingsError naming every bad one. */
export function readSettings(env: Readonly<Record<string, string | undefined>>): BuildSettings {
  const site = siteUrl(env['SITE_URL']?.trim() || DEFAULT_SITE_URL);
  const base = basePath(env['BASE_PATH']?.trim() || '/');
  const httpbin = httpbinUrl(env['PUBLIC_HTTPBIN_URL']?.trim() || DEFAULT_HTTPBIN_URL);
  const editValue = env['EDIT_URL']?.trim();
  const edit = editValue ? editUrl(editValue) : null;
  const problems = [site, base, httpbin, edit].flatMap((value) =>
    value === null || typeof value === 'string' ? [] : [value.problem],
  );
  if (typeof site !== 'string' || typeof base !== 'string' || typeof httpbin !== 'string' || problems.length > 0)
    throw new SettingsError(problems);
  return { site, base, httpbin, edit: typeof edit === 'string' ? edit : null };
}
