import { describe, expect, it } from 'vitest';
import { endpointOf, ENDPOINTS, pathProblem } from '../../../src/lib/live/endpoints.ts';

describe('endpointOf', () => {
  it('finds the endpoint a path calls, query left aside', () => {
    expect(endpointOf('/etag/abc')?.template).toBe('/etag/{etag}');
    expect(endpointOf('/status/503:0.6,200:0.4')?.template).toBe('/status/{codes}');
    expect(endpointOf('/redirect-to?url=/anything&status_code=307')).toMatchObject({ redirects: true });
    expect(endpointOf('/anything')).toMatchObject({ redirects: false });
  });
  it('knows nothing outside the list', () => {
    expect(endpointOf('/etga/abc')).toBeNull();
    expect(endpointOf('/status/abc')).toBeNull();
    expect(endpointOf('/get/extra')).toBeNull();
  });
});

describe('pathProblem', () => {
  it('accepts every listed endpoint', () => {
    for (const path of ['/etag/abc', '/range/100', '/basic-auth/user/pass', '/redirect/21', '/response-headers?A=1'])
      expect(pathProblem(path), path).toBeNull();
  });
  it('names the endpoints and the file that lists them for a typo', () => {
    const problem = pathProblem('/etga/abc');
    expect(problem).toMatch(
      /^"\/etga\/abc" is not an httpbin endpoint this site knows: use one of \/status\/\{codes\}/,
    );
    expect(problem).toContain('src/lib/live/endpoints.ts');
    for (const { template } of ENDPOINTS) expect(problem).toContain(template);
  });
  it('wants a path, not a URL', () => {
    expect(pathProblem('https://httpbin.org/get')).toMatch(/must start with "\/"/);
  });
  it('keeps /redirect-to on the same server and on a listed endpoint', () => {
    expect(pathProblem('/redirect-to?url=/anything&status_code=307')).toBeNull();
    expect(pathProblem('/redirect-to?status_code=307')).toMatch(/needs \?url=/);
    expect(pathProblem('/redirect-to?url=https://example.org/')).toMatch(/same server/);
    expect(pathProblem('/redirect-to?url=//example.org/anything')).toMatch(/same server/);
    expect(pathProblem('/redirect-to?url=/nowhere')).toMatch(/listed endpoint/);
  });
});
