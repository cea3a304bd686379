/**
 * Runs one scenario in the browser (loaded on demand by ./scenario-element.ts): sends its request
 * to the reader's server and shows what fetch() exposes. Prose lives in the page's markup (the
 * <template> of ScenarioList.astro); this only fills in values, as text, never as markup.
 */
import { required } from '../dom.ts';
import { curlCommand, fetchSnippet } from './httpbin.ts';
import { fillPairs } from './pairs.ts';
import { bodyText, sendRequest } from './request.ts';
import { echoedMethod, scenarioHeadline, scenarioRequest, type ScenarioRequestData } from './scenario-request.ts';
import { storedServer } from './stored-server.ts';

/** The scenario's request against the reader's server (the one chosen in the widget, else the build's). */
function requestOf(element: HTMLElement) {
  const server = storedServer(element.dataset['server'] ?? '');
  return {
    server,
    request: scenarioRequest(server, JSON.parse(element.dataset['request'] ?? '') as ScenarioRequestData),
  };
}

/** Rewrites the copied snippets for the reader's server: the page was built with the default one. */
export function prepare(element: HTMLElement): void {
  const scenario = element.closest('details') ?? element;
  const { request } = requestOf(element);
  required(scenario, '[data-ref="curl"]', HTMLElement).textContent = curlCommand(request);
  required(scenario, '[data-ref="fetch"]', HTMLElement).textContent = fetchSnippet(request);
}

/** Copies the request as `kind` ("curl" or "fetch"), for the reader's server, and says so. */
export async function copy(element: HTMLElement, kind: string): Promise<void> {
  prepare(element);
  const text = required(element.closest('details') ?? element, `[data-ref="${kind}"]`, HTMLElement).textContent;
  const status = required(element, '[role="status"]', HTMLElement);
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied the request as ${kind}.`;
  } catch {
    status.textContent = `The browser did not allow copying: select the ${kind} text above instead.`;
  }
}

/** The answer's parts, from the page's one <template>, made once per scenario. */
function resultOf(element: HTMLElement): HTMLElement {
  const existing = element.querySelector<HTMLElement>('[data-ref="result"]');
  if (existing) return existing;
  const template = required(document, 'template[data-scenario-result]', HTMLTemplateElement);
  element.append(template.content.cloneNode(true));
  return required(element, '[data-ref="result"]', HTMLElement);
}

const running = new WeakSet<HTMLElement>();

export async function run(element: HTMLElement): Promise<void> {
  if (running.has(element)) return;
  running.add(element);
  prepare(element);
  const { server, request } = requestOf(element);
  const status = required(element, '[role="status"]', HTMLElement);
  const result = resultOf(element);
  result.hidden = true;
  delete status.dataset['tone'];
  status.textContent = `Sending ${request.method} ${request.url} …`;
  const outcome = await sendRequest(fetch, request);
  const headline = scenarioHeadline(outcome, server);
  status.textContent = headline.text;
  status.dataset['tone'] = headline.tone;
  running.delete(element);
  if (!('received' in outcome)) return;
  const { status: code, statusText, ok, type, redirected, url, headers, body } = outcome.received;
  const method = body && echoedMethod(body.text);
  fillPairs(required(result, '[data-ref="facts"]', HTMLElement), [
    ['status', String(code)],
    ['statusText', JSON.stringify(statusText)],
    ['ok', String(ok)],
    ['type', type],
    ['redirected', String(redirected)],
    ['url', url],
    ...(method ? ([['method the server saw', method]] as const) : []),
    ['elapsed', `${outcome.ms} ms`],
  ]);
  fillPairs(
    required(result, '[data-ref="headers"]', HTMLElement),
    headers.length ? headers : [['(none)', 'this response exposes no header to script']],
  );
  required(result, '[data-ref="body"]', HTMLElement).textContent = bodyText(body);
  result.hidden = false;
}
