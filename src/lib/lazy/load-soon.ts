/**
 * For a feature the first view does not need (the live widget, the example tabs, the scenarios, the
 * not-found page's suggestion): loads it when the browser is idle, or at the reader's first
 * scroll, touch or key, then runs `start` with the module. Its own module, so that pages without
 * such a feature do not load it.
 */
import { onDemand, preloadOn, whenIdle } from './on-demand.ts';

export function loadSoon<T>(loader: () => Promise<T>, start: (module: T) => void): void {
  const code = onDemand(loader);
  preloadOn([window], ['scroll', 'pointerdown', 'keydown'], code.load);
  whenIdle(() => void code.load().then(start, () => undefined));
}
