/**
 * URLs inside the site. Every internal link goes through here so the site works under a
 * sub-path `base` (GitHub Pages project sites) and keeps one trailing-slash style.
 */
import type { ClassId } from './classes.ts';

/** Joins the configured base ("/" or "/sub/") with a path inside the site. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const codePath = (base: string, code: number) => withBase(base, `${code}/`);
export const classPath = (base: string, id: ClassId) => withBase(base, `${id}/`);
export const homePath = (base: string) => withBase(base, '');
