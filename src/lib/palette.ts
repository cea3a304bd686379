/**
 * Colours needed outside CSS: the browser's theme-color and the social preview images, which are
 * drawn at build time and cannot read custom properties. They mirror the light-dark() tokens in
 * src/styles/global.css (a unit test keeps the two equal).
 */
import type { ClassId } from './classes.ts';

export interface SchemeColour {
  light: string;
  dark: string;
}

export const PALETTE = {
  bg: { light: '#ffffff', dark: '#0f1115' },
  fg: { light: '#16181d', dark: '#e6e8eb' },
  fgMuted: { light: '#4f5662', dark: '#a9b0bb' },
  accent: { light: '#0b57d0', dark: '#8ab4f8' },
} as const satisfies Record<string, SchemeColour>;

/** The class colours, --c1 ... --c5. */
export const CLASS_COLOURS: Record<ClassId, SchemeColour> = {
  '1xx': { light: '#3b5bdb', dark: '#91a7ff' },
  '2xx': { light: '#1b7a3a', dark: '#69db7c' },
  '3xx': { light: '#8a5300', dark: '#ffc078' },
  '4xx': { light: '#b3261e', dark: '#ff8787' },
  '5xx': { light: '#862e9c', dark: '#e599f7' },
};
