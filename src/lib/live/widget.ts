/**
 * <live-example>: connects the widget's markup (src/components/live/LiveExample.astro) to the pure
 * request functions of this folder. Nothing goes over the network until the reader clicks a button.
 */
import { required } from '../dom.ts';
import { attemptLine, backoffDelays, retryDemoCodes, retrySummary, retryWithBackoff } from './backoff.ts';
import { checkServer, curlCommand, fetchSnippet, statusUrl, type Method } from './httpbin.ts';
import { LIVE_MODE_NAMES, type LiveMode } from './modes.ts';
import { fillPairs } from './pairs.ts';
import { bodyText, buildRequest, interpret, sendRequest, type Failure, type Outcome } from './request.ts';
import { storedServer, storeServer } from './stored-server.ts';

const isLiveMode = (value: string | undefined): value is LiveMode =>
  (LIVE_MODE_NAMES as readonly string[]).includes(value ?? '');

class LiveExample extends HTMLElement {
  #code = 0;
  #mode: LiveMode = 'normal';
  #defaultServer = '';
  #fallback = '';
  #server = '';
  #busy = false;

  #ref<T extends HTMLElement>(name: string, type: abstract new () => T): T {
    return required(this, `[data-ref="${name}"]`, type);
  }

  connectedCallback(): void {
    const { code = '', live, server = '', fallback = '' } = this.dataset;
    this.#code = Number(code);
    this.#mode = isLiveMode(live) ? live : 'normal';
    this.#defaultServer = server;
    this.#fallback = fallback;
    this.#server = storedServer(server);

    const on = (name: string, listener: () => unknown) =>
      this.#ref(name, HTMLButtonElement).addEventListener('click', listener);
    on('send', () => this.#run(this.#mode));
    on('follow', () => this.#run('normal'));
    on('switch', () => {
      this.#useServer(this.#alternative());
      void this.#run(this.#mode);
    });
    on('copy-curl', () => this.#copy(curlCommand(this.#request(this.#mode)), 'curl'));
    on('copy-fetch', () => this.#copy(fetchSnippet(this.#request(this.#mode)), 'fetch'));
    on('show-body', () => {
      this.#ref('body', HTMLElement).hidden = false;
      this.#ref('show-body', HTMLButtonElement).hidden = true;
    });
    this.#connectSettings();
    this.querySelector('[data-ref="retry"]')?.addEventListener('click', () => this.#retryDemo());

    this.#ref('server', HTMLElement).textContent = this.#server;
    this.hidden = false;
  }

  #method(): Method {
    return this.#ref('method', HTMLSelectElement).value as Method;
  }

  #alternative(): string {
    return this.#server === this.#fallback ? this.#defaultServer : this.#fallback;
  }

  /** The request as sent in `mode`; the copy buttons only show for modes that send one. */
  #request(mode: LiveMode) {
    return (
      buildRequest(this.#server, this.#code, mode, this.#method()) ?? {
        url: statusUrl(this.#server, this.#code),
        method: this.#method(),
      }
    );
  }

  #say(text: string, tone = 'info'): void {
    const status = this.#ref('status', HTMLElement);
    status.textContent = text;
    status.dataset['tone'] = tone;
  }

  #useServer(next: string): void {
    this.#server = next;
    storeServer(next === this.#defaultServer ? null : next);
    this.#ref('server', HTMLElement).textContent = next;
  }

  #showFault(failure: Failure | undefined): void {
    this.#ref('fault', HTMLElement).hidden = !failure;
    this.#ref('fault-curl', HTMLElement).textContent = curlCommand(this.#request(this.#mode));
    this.#ref('alternative', HTMLElement).textContent = this.#alternative();
    this.#ref('switch', HTMLButtonElement).hidden = this.#alternative() === this.#server;
  }

  #show(outcome: Outcome, mode: LiveMode): void {
    const verdict = interpret(this.#code, mode, this.#server, outcome);
    this.#say(verdict.headline, verdict.tone);
    this.#showFault(verdict.failure);
    const result = this.#ref('result', HTMLElement);
    result.hidden = !('received' in outcome);
    if (!('received' in outcome)) return;
    const response = outcome.received;
    fillPairs(this.#ref('facts', HTMLElement), [
      ['status', String(response.status)],
      ['statusText', JSON.stringify(response.statusText)],
      ['ok', String(response.ok)],
      ['type', response.type],
      ['redirected', String(response.redirected)],
      ['url', response.url],
      ['elapsed', `${outcome.ms} ms`],
    ]);
    fillPairs(
      this.#ref('headers', HTMLElement),
      response.headers.length ? response.headers : [['(none)', 'this response exposes no header to script']],
    );
    this.#ref('follow', HTMLButtonElement).hidden = !verdict.offerFollow;
    this.#ref('show-body', HTMLButtonElement).hidden = !verdict.hideBody;
    const body = this.#ref('body', HTMLElement);
    body.hidden = verdict.hideBody;
    body.textContent = bodyText(response.body);
  }

  async #run(mode: LiveMode): Promise<void> {
    if (this.#busy) return;
    const request = buildRequest(this.#server, this.#code, mode, this.#method());
    if (!request) {
      this.#say('Nothing was sent: fetch() never exposes a 1xx response to a page.', 'expected');
      return;
    }
    this.#busy = true;
    this.#ref('fault', HTMLElement).hidden = this.#ref('result', HTMLElement).hidden = true;
    this.#say(`Sending ${request.method} ${request.url} …`);
    this.#show(await sendRequest(fetch, request), mode);
    this.#busy = false;
  }

  async #copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#say(`Copied the request as ${what}.`);
    } catch {
      this.#say(`The browser did not allow copying. The request as ${what}: ${text}`, 'fault');
    }
  }

  #connectSettings(): void {
    const settings = this.#ref('settings', HTMLFormElement);
    const input = this.#ref('server-input', HTMLInputElement);
    const toggle = this.#ref('settings-toggle', HTMLButtonElement);
    const open = (shown: boolean) => {
      settings.hidden = !shown;
      toggle.setAttribute('aria-expanded', String(shown));
      (shown ? input : toggle).focus();
    };
    toggle.addEventListener('click', () => {
      input.value = this.#server;
      open(toggle.getAttribute('aria-expanded') !== 'true');
    });
    settings.addEventListener('submit', (event) => {
      event.preventDefault();
      const check = checkServer(input.value, location.protocol);
      const error = 'error' in check ? check.error : '';
      this.#ref('server-error', HTMLElement).textContent = error;
      input.setAttribute('aria-invalid', String(Boolean(error)));
      if ('server' in check) {
        this.#useServer(check.server);
        open(false);
        this.#say(`Requests now go to ${check.server}.`);
      }
    });
    this.#ref('reset', HTMLButtonElement).addEventListener('click', () => {
      this.#useServer(this.#defaultServer);
      open(false);
      this.#say(`Requests go to the default server again, ${this.#defaultServer}.`);
    });
  }

  async #retryDemo(): Promise<void> {
    const request = buildRequest(this.#server, retryDemoCodes(this.#code), 'normal', this.#method());
    if (this.#busy || !request) return;
    this.#busy = true;
    const list = this.#ref('attempts', HTMLElement);
    list.replaceChildren();
    this.#ref('fault', HTMLElement).hidden = this.#ref('result', HTMLElement).hidden = true;
    this.#say('Retrying with backoff …');
    const attempts = await retryWithBackoff(
      () => sendRequest(fetch, request),
      backoffDelays(5),
      (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      (attempt) => list.append(Object.assign(document.createElement('li'), { textContent: attemptLine(attempt) })),
    );
    const last = attempts.at(-1)?.outcome;
    const failure = last && 'failure' in last ? last.failure : undefined;
    this.#say(retrySummary(attempts), failure ? 'fault' : 'response');
    this.#showFault(failure);
    this.#busy = false;
  }
}

customElements.define('live-example', LiveExample);
