/**
 * The constants files of libraries' Debian packages, which the tests compare with the site's
 * library tables (src/data/library-constants.ts). scripts/system-deps.ts downloads each package and
 * unpacks only this one file, with the package's version beside it, into .cache/library-sources/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

export interface LibrarySource {
  /** The Debian package. */
  pkg: string;
  /** Why the tests need it. */
  why: string;
  /** The constants file inside the package; `*` stands for a versioned folder name. */
  file: string;
}

export const LIBRARY_SOURCES_DIR = join(ROOT, '.cache', 'library-sources');

export const LIBRARY_SOURCES = {
  go: {
    pkg: 'golang-1.19-src',
    why: "Go's net/http status constants (status.go)",
    file: 'usr/share/go-1.19/src/net/http/status.go',
  },
  rack: {
    pkg: 'ruby-rack',
    why: "Rack's HTTP_STATUS_CODES, from which Rails takes its status symbols",
    file: 'usr/share/rubygems-integration/all/gems/rack-*/lib/rack/utils.rb',
  },
  symfony: {
    pkg: 'php-symfony-http-foundation',
    why: "Symfony's Response::HTTP_* constants",
    file: 'usr/share/php/Symfony/Component/HttpFoundation/Response.php',
  },
  rust: {
    pkg: 'librust-http-dev',
    why: "the Rust http crate's StatusCode constants",
    file: 'usr/share/cargo/registry/http-*/src/status.rs',
  },
  spring: {
    pkg: 'libspring-web-java',
    why: "Spring's HttpStatus enum (compiled)",
    file: 'usr/share/java/spring3-web-3.x.jar',
  },
} as const satisfies Record<string, LibrarySource>;

export type LibraryKey = keyof typeof LIBRARY_SOURCES;

const fileMatcher = (file: string) =>
  new RegExp(`^${file.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);

/** The unpacked file of a source, or null when it has not been downloaded. */
function unpacked(source: LibrarySource): { path: string; version: string } | null {
  const dir = join(LIBRARY_SOURCES_DIR, source.pkg);
  if (!existsSync(join(dir, 'VERSION'))) return null;
  const match = fileMatcher(source.file);
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((name) => match.test(name));
  if (!found) return null;
  const debian = readFileSync(join(dir, 'VERSION'), 'utf8').trim();
  // "2:1.19.8-2" or "5.4.53+dfsg-0+deb12u1" -> the upstream release, "1.19.8", "5.4.53".
  const version = debian
    .replace(/^\d+:/, '')
    .replace(/-[^-]*$/, '')
    .replace(/[+~].*$/, '');
  return { path: join(dir, found), version };
}

export const librarySourceReady = (source: LibrarySource) => unpacked(source) !== null;

/** The unpacked constants file and its upstream version; fails saying how to get it. */
export function librarySource(source: LibrarySource): { path: string; version: string } {
  const found = unpacked(source);
  if (!found)
    throw new Error(
      `${source.pkg} is not in ${LIBRARY_SOURCES_DIR}: run "npm test" as root, or "sudo node scripts/system-deps.ts", which downloads it`,
    );
  return found;
}
