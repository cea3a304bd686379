/**
 * URLs inside the site. Every internal link goes through here, so the site works under a sub-path
 * `base` (GitHub Pages project sites) and keeps one trailing-slash style.
 */
import type { ClassId } from '../content/classes.ts';
import { BASE, SITE } from './config.ts';
import { joinBase } from './join-base.ts';

/** A root-relative path with the site's base: "409/" becomes "/409/" or "/sub/409/". */
export const pathWithBase = (path: string) => joinBase(BASE, path);

/** The absolute URL of a path that already includes the base ("/409/", "/sub/409/"). */
export const absoluteUrl = (path: string) => new URL(path, SITE).href;

export const homePath = () => pathWithBase('');
export const codePath = (code: number) => pathWithBase(`${code}/`);
export const classPath = (id: ClassId) => pathWithBase(`${id}/`);
export const decodePath = () => pathWithBase('decode/');
export const errorsPath = () => pathWithBase('errors/');
export const errorPath = (slug: string) => pathWithBase(`errors/${slug}/`);
