/**
 * Code a page does not need for its first view: the search dialog and the live widget load when the
 * reader first uses them, or earlier when a hover, a focus, a key or an idle browser gives the chance,
 * so they are ready before they are needed. Each feature's first-view script is a few lines built
 * on these three functions; the feature itself comes in with import().
 */

/** Something loaded once, on demand. */
export interface OnDemand<T> {
  /** Starts loading unless it has started, and resolves with the result. After a failure, tries again. */
  load(): Promise<T>;
}

export function onDemand<T>(loader: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= loader().catch((error: unknown) => {
        loading = undefined; // a failed download (offline, say) is retried by the next use
        throw error;
      });
      return loading;
    },
  };
}

/** The part of `window` whenIdle uses, so that tests can pass their own. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => unknown;
  setTimeout: (callback: () => void, delay: number) => unknown;
}

/**
 * How long after the load an idle callback may wait, and the delay where the browser has no
 * requestIdleCallback (Safari before 26): soon enough that a reader rarely acts first.
 */
export const IDLE_TIMEOUT_MS = 2000;
export const NO_IDLE_DELAY_MS = 200;

/** Runs `task` when the browser is idle, with a plain timer where requestIdleCallback is missing. */
export function whenIdle(task: () => void, host: IdleHost = globalThis as IdleHost): void {
  if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else host.setTimeout(task, NO_IDLE_DELAY_MS);
}

/**
 * Starts `load` on the first of `events` on any of `targets` (a hover, a focus, a key: the signs
 * that the reader is about to use the feature), then stops listening. A failed load is left to the
 * use that needs it, which reports it.
 */
export function preloadOn(
  targets: readonly EventTarget[],
  events: readonly string[],
  load: () => Promise<unknown>,
): void {
  const stop = new AbortController();
  const start = () => {
    stop.abort();
    load().catch(() => undefined);
  };
  for (const target of targets)
    for (const type of events) target.addEventListener(type, start, { passive: true, signal: stop.signal });
}
