/**
 * A code page's scenarios, computed once per code: first the derived "send /status/NNN" the live
 * widget runs, then the page's own (frontmatter `scenarios`), each with the request it sends and
 * that request as curl and as fetch() code.
 */
import type { CodeData } from '../content/schema.ts';
import { endpointOf } from './endpoints.ts';
import { curlCommand, fetchSnippet } from './httpbin.ts';
import { LIVE_MODES, liveModeOf } from './modes.ts';
import { scenarioRequest, type ScenarioRequestData } from './scenario-request.ts';

export type ScenarioData = CodeData['scenarios'][number];
export type Expectation = ScenarioData['expect'];

export interface ScenarioView {
  /** True for the first, "send /status/NNN": derived from the code, run by the live widget. */
  derived: boolean;
  title: string;
  /** What it demonstrates and what to notice, in inline Markdown; null for the derived one. */
  shows: string | null;
  notice: string | null;
  /** The request without the server; null for 1xx, where nothing is sent. */
  request: ScenarioRequestData | null;
  /** What the answer shows; null when nothing is sent or fetch() is meant to reject (407). */
  expect: Expectation | null;
  curl: string;
  fetch: string;
}

function derivedScenario(code: number, server: string): ScenarioView {
  const { sends, redirect, rejects } = LIVE_MODES[liveModeOf(code)];
  const data: ScenarioRequestData = {
    method: 'GET',
    path: `/status/${code}`,
    headers: [],
    redirect,
    followsRedirects: false,
  };
  const request = scenarioRequest(server, data);
  return {
    derived: true,
    title: `Send /status/${code}`,
    shows: null,
    notice: null,
    request: sends ? data : null,
    expect: sends && !rejects ? { status: code } : null,
    curl: curlCommand(request),
    fetch: fetchSnippet(request),
  };
}

function typedScenario(scenario: ScenarioData, server: string): ScenarioView {
  const data: ScenarioRequestData = {
    method: scenario.method,
    path: scenario.path,
    headers: scenario.headers.map(({ name, value }) => [name, value]),
    ...(scenario.body !== undefined && { body: scenario.body }),
    redirect: scenario.follow ? 'follow' : 'manual',
    followsRedirects: scenario.follow && Boolean(endpointOf(scenario.path)?.redirects),
  };
  const request = scenarioRequest(server, data);
  return {
    derived: false,
    title: scenario.title,
    shows: scenario.shows,
    notice: scenario.notice,
    request: data,
    expect: scenario.expect,
    curl: curlCommand(request),
    fetch: fetchSnippet(request),
  };
}

export function scenariosOf(code: number, scenarios: readonly ScenarioData[], server: string): ScenarioView[] {
  return [derivedScenario(code, server), ...scenarios.map((scenario) => typedScenario(scenario, server))];
}
