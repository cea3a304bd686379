/**
 * The site's colours, in one place. The CSS custom properties are generated from this table
 * (src/integrations/palette.ts writes them into the tokens layer as light-dark() pairs), and the
 * same values colour what CSS cannot reach: the browser's theme-color and the preview images.
 */
import { CLASSES, type ClassId } from '../content/classes.ts';

export interface SchemeColour {
  light: string;
  dark: string;
}

export const PALETTE = {
  bg: { light: '#ffffff', dark: '#0f1115' },
  bgRaised: { light: '#f5f6f8', dark: '#181b21' },
  fg: { light: '#16181d', dark: '#e6e8eb' },
  fgMuted: { light: '#4f5662', dark: '#a9b0bb' },
  border: { light: '#d7dbe0', dark: '#2d323b' },
  accent: { light: '#0b57d0', dark: '#8ab4f8' },
  /** An outcome that went as expected (the live widget). */
  success: { light: '#1b7a3a', dark: '#69db7c' },
  /** A fault or an invalid value. */
  danger: { light: '#b3261e', dark: '#ff8787' },
} as const satisfies Record<string, SchemeColour>;

/** The class colours, --c1 ... --c5. */
export const CLASS_COLOURS: Record<ClassId, SchemeColour> = {
  '1xx': { light: '#3b5bdb', dark: '#91a7ff' },
  '2xx': { light: '#1b7a3a', dark: '#69db7c' },
  '3xx': { light: '#8a5300', dark: '#ffc078' },
  '4xx': { light: '#b3261e', dark: '#ff8787' },
  '5xx': { light: '#862e9c', dark: '#e599f7' },
};

/** "bgRaised" -> "--bg-raised" */
const property = (name: string) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
const pair = ({ light, dark }: SchemeColour) => `light-dark(${light}, ${dark})`;

/** The colour tokens as CSS, in the tokens layer: every PALETTE entry, the class colours, and --focus. */
export function paletteCss(): string {
  const declarations = [
    ...Object.entries(PALETTE).map(([name, colour]) => `${property(name)}: ${pair(colour)};`),
    ...CLASSES.map((cls) => `--c${cls.digit}: ${pair(CLASS_COLOURS[cls.id])};`),
    '--focus: var(--accent);',
  ];
  return `@layer tokens {\n  :root {\n    ${declarations.join('\n    ')}\n  }\n}\n`;
}
