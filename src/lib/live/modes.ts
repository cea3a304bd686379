/**
 * How the live widget treats a code, one entry per mode: what it sends, how fetch() is told to
 * handle a redirect, whether the body is held back, and what the reader should expect. The mode
 * follows from the code number (and the Fetch standard); nobody types it.
 */

export const LIVE_MODE_NAMES = [
  'normal',
  'interim',
  'redirect',
  'null-body',
  'auth-challenge',
  'proxy-rejected',
  'hide-body',
] as const;

export type LiveMode = (typeof LIVE_MODE_NAMES)[number];

export interface LiveModeRules {
  /** False for 1xx: fetch() never exposes an interim response, so nothing is sent. */
  sends: boolean;
  /** How fetch() handles a redirect: 3xx codes go out with 'manual' so the redirect itself shows. */
  redirect: RequestRedirect;
  /** The response body stays behind a button until the reader asks for it. */
  hideBody: boolean;
  /** A rejected fetch() is the expected outcome, not a fault (Chromium and a 407 from a non-proxy). */
  rejects: boolean;
  /** What the reader should expect from fetch() for `code`, in inline Markdown; null when nothing unusual. */
  note: (code: number) => string | null;
}

export const LIVE_MODES: Readonly<Record<LiveMode, LiveModeRules>> = {
  normal: { sends: true, redirect: 'follow', hideBody: false, rejects: false, note: () => null },
  interim: {
    sends: false,
    redirect: 'follow',
    hideBody: false,
    rejects: false,
    note: (code) =>
      `Nothing is sent for a 1xx code: an interim response is never handed to a page, and the \`fetch()\` promise settles only with the final response. To watch a ${code} arrive, use \`curl -v\` against a server that sends one.`,
  },
  redirect: {
    sends: true,
    redirect: 'manual',
    hideBody: false,
    rejects: false,
    note: (code) =>
      `The request goes out with \`redirect: 'manual'\`, so \`fetch()\` does not follow the ${code}. It gives the page an *opaque redirect* instead: \`type\` is \`"opaqueredirect"\`, \`status\` is 0, and the headers (\`Location\` included) and body are hidden. Follow it afterwards to see where it ends.`,
  },
  'null-body': {
    sends: true,
    redirect: 'follow',
    hideBody: false,
    rejects: false,
    note: (code) =>
      `${code} is a null-body status in the Fetch standard: the response carries no content, so \`response.text()\` resolves to an empty string.`,
  },
  'auth-challenge': {
    sends: true,
    redirect: 'follow',
    hideBody: false,
    rejects: false,
    note: (code) =>
      `No sign-in dialog will appear: browsers never prompt for credentials on a cross-origin \`fetch()\`. The page gets the ${code} and decides what to do; the challenge itself is in \`WWW-Authenticate\`, which script cannot read here.`,
  },
  'proxy-rejected': {
    sends: true,
    redirect: 'follow',
    hideBody: false,
    rejects: true,
    note: (code) =>
      `A ${code} may only come from a proxy the browser was told to use. Chromium treats one from an ordinary server as an error (\`net::ERR_UNEXPECTED_PROXY_AUTH\`), so \`fetch()\` rejects with a \`TypeError\`; Firefox hands the page an ordinary ${code}.`,
  },
  'hide-body': {
    sends: true,
    redirect: 'follow',
    hideBody: true,
    rejects: false,
    note: (code) => `httpbin's body for ${code} is a crude joke, so the widget keeps it hidden unless you ask for it.`,
  },
};

/** Redirect statuses that fetch() follows (Fetch standard, "redirect status"). */
export const FETCH_REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308];

/** Null-body statuses in the Fetch standard, besides 101 and 103, which are 1xx. */
const NULL_BODY: readonly number[] = [204, 205, 304];

/** The widget's mode for a code, from its number. */
export function liveModeOf(code: number): LiveMode {
  if (code < 200) return 'interim';
  if (FETCH_REDIRECT_STATUSES.includes(code)) return 'redirect';
  if (NULL_BODY.includes(code)) return 'null-body';
  if (code === 401) return 'auth-challenge';
  if (code === 407) return 'proxy-rejected';
  if (code === 402) return 'hide-body';
  return 'normal';
}
