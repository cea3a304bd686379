/**
 * The server a reader chose in the widget's settings, kept in localStorage and shared by every code
 * page and by the scenarios, so one choice applies to every request the site sends.
 */
import { checkServer } from './httpbin.ts';

const STORAGE_KEY = 'live-example-server';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the build-time server applies
  }
}

/** The stored server as the check returns it (trimmed, without query or fragment), else `fallback`. */
export function storedServer(fallback: string): string {
  const stored = readStored();
  const check = stored === null ? null : checkServer(stored, location.protocol);
  return check && 'server' in check ? check.server : fallback;
}

export function storeServer(server: string | null): void {
  try {
    if (server) localStorage.setItem(STORAGE_KEY, server);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
