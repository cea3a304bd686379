/**
 * <live-scenario>: shows a scenario's "Send request" button and nothing more. The code that sends
 * and shows a request (./scenario-runner.ts) loads only when the reader opens a scenario or presses
 * the button, so a page whose scenarios stay closed runs none of it.
 */
const runner = () => import('./scenario-runner.ts');

class LiveScenario extends HTMLElement {
  connectedCallback(): void {
    this.closest('details')?.addEventListener('toggle', () => void runner().then((r) => r.prepare(this)), {
      once: true,
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const kind = button?.dataset['copy'];
      if (button) void runner().then((r) => (kind ? r.copy(this, kind) : r.run(this)));
    });
    this.hidden = false;
  }
}

customElements.define('live-scenario', LiveScenario);

// A module, so that the scenarios list can import() it when the browser is idle.
export {};
