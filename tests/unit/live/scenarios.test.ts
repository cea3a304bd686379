import { describe, expect, it } from 'vitest';
import { scenarioList } from '../../../src/lib/content/schema.ts';
import { scenariosOf } from '../../../src/lib/live/scenarios.ts';

const SERVER = 'https://httpbin.org';

const typed = scenarioList.parse([
  {
    title: 'POST through a 307 stays POST',
    shows: 'It follows.',
    method: 'POST',
    path: '/redirect-to?url=/anything&status_code=307',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    body: '{"order":42}',
    expect: { status: 200, method: 'POST' },
    notice: 'The method stayed.',
  },
  {
    title: 'Conditional',
    shows: 'It revalidates.',
    path: '/etag/abc',
    headers: [{ name: 'If-None-Match', value: '"abc"' }],
    follow: false,
    expect: { status: 304 },
    notice: 'A 304.',
  },
]);

describe('scenariosOf', () => {
  it('starts with the derived "send /status/NNN", the request the live widget sends', () => {
    const [first] = scenariosOf(409, [], SERVER);
    expect(first).toMatchObject({
      derived: true,
      title: 'Send /status/409',
      request: { method: 'GET', path: '/status/409', headers: [], redirect: 'follow', followsRedirects: false },
      expect: { status: 409 },
      curl: 'curl -i https://httpbin.org/status/409',
    });
    expect(scenariosOf(307, [], SERVER)[0]?.request?.redirect).toBe('manual');
  });

  it('sends nothing for 1xx, so it expects nothing', () => {
    expect(scenariosOf(103, [], SERVER)[0]).toMatchObject({ request: null, expect: null });
  });

  it('expects no answer for 407, which fetch() rejects from a server that is not a proxy', () => {
    expect(scenariosOf(407, [], SERVER)[0]).toMatchObject({ request: { path: '/status/407' }, expect: null });
  });

  it("follows with the page's scenarios, each with its request as curl and as fetch", () => {
    const [, redirect, conditional] = scenariosOf(307, typed, SERVER);
    expect(redirect).toMatchObject({
      derived: false,
      request: {
        method: 'POST',
        path: '/redirect-to?url=/anything&status_code=307',
        headers: [['Content-Type', 'application/json']],
        body: '{"order":42}',
        redirect: 'follow',
        followsRedirects: true,
      },
      expect: { status: 200, method: 'POST' },
      curl: `curl -i -L --max-redirs 20 -H 'Content-Type: application/json' --data-raw '{"order":42}' 'https://httpbin.org/redirect-to?url=/anything&status_code=307'`,
    });
    expect(redirect?.fetch.split('\n')[0]).toBe(
      `const response = await fetch('https://httpbin.org/redirect-to?url=/anything&status_code=307', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"order":42}' });`,
    );
    expect(conditional?.request).toMatchObject({ redirect: 'manual', followsRedirects: false });
    expect(conditional?.curl).toBe(`curl -i -H 'If-None-Match: "abc"' https://httpbin.org/etag/abc`);
  });
});
