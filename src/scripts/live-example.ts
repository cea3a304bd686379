/**
 * <live-example>: connects the widget's markup (LiveExample.astro) to the pure request functions
 * in src/lib. Nothing goes over the network until the reader clicks a button.
 */
import { checkServer, curlCommand, fetchSnippet, type Method } from '../lib/httpbin.ts';
import { BODY_LIMIT, buildRequest, interpret, sendRequest, type Failure, type Outcome } from '../lib/live-request.ts';
import { attemptLine, backoffDelays, retryDemoCodes, retrySummary, retryWithBackoff } from '../lib/backoff.ts';
import type { LiveMode } from '../lib/schema.ts';

/** Shared by every code page, so a server chosen on one page applies on all of them. */
const STORAGE_KEY = 'live-example-server';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the build-time server applies
  }
}

function writeStored(server: string | null): void {
  try {
    if (server) localStorage.setItem(STORAGE_KEY, server);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** Fills a <dl> with text only: values come from the network and must never become markup. */
function fillPairs(list: HTMLElement, pairs: [string, string][]): void {
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

class LiveExample extends HTMLElement {
  connectedCallback(): void {
    const ref = <T extends HTMLElement = HTMLElement>(name: string) => this.querySelector<T>(`[data-ref="${name}"]`)!;
    const { code: codeText = '', live = 'normal', server: defaultServer = '', fallback = '' } = this.dataset;
    const code = Number(codeText);
    const mode = live as LiveMode;
    const status = ref('status');
    const fault = ref('fault');
    const result = ref('result');
    const methodSelect = ref<HTMLSelectElement>('method');
    const input = ref<HTMLInputElement>('server-input');
    const settings = ref<HTMLFormElement>('settings');
    const toggle = ref('settings-toggle');
    const retry = this.querySelector('[data-ref="retry"]');

    const stored = readStored();
    let server = stored && 'server' in checkServer(stored, location.protocol) ? stored : defaultServer;
    let busy = false;
    const method = () => methodSelect.value as Method;
    const alternative = () => (server === fallback ? defaultServer : fallback);

    const say = (text: string, tone = 'info') => {
      status.textContent = text;
      status.dataset['tone'] = tone;
    };
    const useServer = (next: string) => {
      server = next;
      writeStored(next === defaultServer ? null : next);
      ref('server').textContent = next;
    };
    const showFault = (failure: Failure | undefined) => {
      fault.hidden = !failure;
      ref('fault-curl').textContent = curlCommand(server, code, method());
      ref('alternative').textContent = alternative();
      ref('switch').hidden = alternative() === server;
    };

    const show = (outcome: Outcome, asMode: LiveMode) => {
      const verdict = interpret(code, asMode, server, outcome);
      say(verdict.headline, verdict.tone);
      showFault(verdict.failure);
      result.hidden = !('received' in outcome);
      if (!('received' in outcome)) return;
      const response = outcome.received;
      const { headers, body } = response;
      fillPairs(ref('facts'), [
        ['status', String(response.status)],
        ['statusText', JSON.stringify(response.statusText)],
        ['ok', String(response.ok)],
        ['type', response.type],
        ['redirected', String(response.redirected)],
        ['url', response.url],
        ['elapsed', `${outcome.ms} ms`],
      ]);
      fillPairs(ref('headers'), headers.length ? headers : [['(none)', 'this response exposes no header to script']]);
      ref('follow').hidden = !verdict.offerFollow;
      ref('show-body').hidden = !verdict.hideBody;
      const bodyView = ref('body');
      bodyView.hidden = verdict.hideBody;
      bodyView.textContent = !body
        ? '(none: response.body is null)'
        : body.text
          ? body.text + (body.truncated ? `\n… (cut at ${BODY_LIMIT} characters)` : '')
          : '(empty)';
    };

    const run = async (asMode: LiveMode) => {
      if (busy) return;
      const request = buildRequest(server, code, asMode, method());
      if (!request) {
        say('Nothing was sent: fetch() never exposes a 1xx response to a page.', 'expected');
        return;
      }
      busy = true;
      fault.hidden = result.hidden = true;
      say(`Sending ${request.method} ${request.url} …`);
      show(await sendRequest(fetch, request), asMode);
      busy = false;
    };

    const copy = async (text: string, what: string) => {
      try {
        await navigator.clipboard.writeText(text);
        say(`Copied the request as ${what}.`);
      } catch {
        say(`The browser did not allow copying. The request as ${what}: ${text}`, 'fault');
      }
    };

    const on = (name: string, listener: () => unknown) => ref(name).addEventListener('click', listener);
    on('send', () => run(mode));
    on('follow', () => run('normal'));
    on('switch', () => {
      useServer(alternative());
      run(mode);
    });
    on('copy-curl', () => copy(curlCommand(server, code, method()), 'curl'));
    on('copy-fetch', () =>
      copy(fetchSnippet(server, code, method(), mode === 'redirect' ? 'manual' : undefined), 'fetch'),
    );
    on('show-body', () => {
      ref('body').hidden = false;
      ref('show-body').hidden = true;
    });
    const openSettings = (open: boolean) => {
      settings.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      (open ? input : toggle).focus();
    };
    on('settings-toggle', () => {
      input.value = server;
      openSettings(toggle.getAttribute('aria-expanded') !== 'true');
    });
    settings.addEventListener('submit', (event) => {
      event.preventDefault();
      const check = checkServer(input.value, location.protocol);
      const error = 'error' in check ? check.error : '';
      ref('server-error').textContent = error;
      input.setAttribute('aria-invalid', String(Boolean(error)));
      if ('server' in check) {
        useServer(check.server);
        openSettings(false);
        say(`Requests now go to ${check.server}.`);
      }
    });
    on('reset', () => {
      useServer(defaultServer);
      openSettings(false);
      say(`Requests go to the default server again, ${defaultServer}.`);
    });
    retry?.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      const list = ref('attempts');
      list.replaceChildren();
      fault.hidden = result.hidden = true;
      say('Retrying with backoff …');
      const request = buildRequest(server, retryDemoCodes(code), 'normal', method())!;
      const attempts = await retryWithBackoff(
        () => sendRequest(fetch, request),
        backoffDelays(5),
        (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        (attempt) => list.append(Object.assign(document.createElement('li'), { textContent: attemptLine(attempt) })),
      );
      const last = attempts.at(-1)?.outcome;
      const failure = last && 'failure' in last ? last.failure : undefined;
      say(retrySummary(attempts), failure ? 'fault' : 'response');
      showFault(failure);
      busy = false;
    });

    ref('server').textContent = server;
    this.hidden = false;
  }
}

customElements.define('live-example', LiveExample);
