/** Term and value lists filled from network answers, shared by the widget and the scenarios. */

/** Fills a <dl> with text only: values come from the network and must never become markup. */
export function fillPairs(list: HTMLElement, pairs: readonly (readonly [string, string])[]): void {
  list.replaceChildren(
    ...pairs.flatMap(([term, detail]) => {
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = term;
      dd.textContent = detail;
      return [dt, dd];
    }),
  );
}
