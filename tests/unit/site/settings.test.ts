import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../../src/lib/site/settings.ts';

describe('build settings', () => {
  it('default to the site at the root of httpstatus.dev, talking to httpbin.org', () => {
    expect(readSettings({})).toEqual({
      site: 'https://httpstatus.dev',
      base: '/',
      httpbin: 'https://httpbin.org',
      edit: null,
    });
  });

  it('take an origin, a sub-path and a server, normalized', () => {
    expect(
      readSettings({
        SITE_URL: 'https://example.org/',
        BASE_PATH: '/http-status',
        PUBLIC_HTTPBIN_URL: ' http://127.0.0.1:8080/ ',
      }),
    ).toEqual({ site: 'https://example.org', base: '/http-status/', httpbin: 'http://127.0.0.1:8080', edit: null });
  });

  it('take the folder where source files are edited, ending it with a slash', () => {
    expect(readSettings({ EDIT_URL: ' https://github.com/owner/repo/edit/main ' }).edit).toBe(
      'https://github.com/owner/repo/edit/main/',
    );
    expect(readSettings({ EDIT_URL: '' }).edit).toBeNull();
  });

  it.each([
    [
      { SITE_URL: 'httpstatus.dev' },
      /SITE_URL="httpstatus\.dev" is not the origin of a site: give it as https:\/\/your\.domain/,
    ],
    [{ SITE_URL: 'https://example.org/docs/' }, /SITE_URL="https:\/\/example\.org\/docs\/" is not the origin/],
    [{ SITE_URL: 'ftp://example.org' }, /SITE_URL="ftp:\/\/example\.org" is not the origin/],
    [{ BASE_PATH: 'docs' }, /BASE_PATH="docs" is not a sub-path: give it as \/name\//],
    [{ BASE_PATH: '/a/../b/' }, /BASE_PATH="\/a\/\.\.\/b\/" is not a sub-path/],
    [{ PUBLIC_HTTPBIN_URL: 'httpbin.org' }, /PUBLIC_HTTPBIN_URL="httpbin\.org" cannot be used: is not a URL/],
    [
      { PUBLIC_HTTPBIN_URL: 'https://httpbin.example/?a=1' },
      /PUBLIC_HTTPBIN_URL=.* cannot be used: Remove the \? query/,
    ],
    [
      { EDIT_URL: 'github.com/owner/repo' },
      /EDIT_URL="github\.com\/owner\/repo" is not the address of a repository folder/,
    ],
    [
      { EDIT_URL: 'https://github.com/o/r/edit/main/?plain=1' },
      /EDIT_URL=.* is not the address of a repository folder/,
    ],
    [{ EDIT_URL: 'javascript:alert(1)' }, /EDIT_URL=.* is not the address of a repository folder/],
  ])('name the variable and the form it needs: %o', (env, message) => {
    expect(() => readSettings(env)).toThrow(SettingsError);
    expect(() => readSettings(env)).toThrow(message);
  });

  it('list every bad setting at once', () => {
    expect(() => readSettings({ SITE_URL: 'x', BASE_PATH: 'y', PUBLIC_HTTPBIN_URL: 'z', EDIT_URL: 'w' })).toThrow(
      /problems:\n {2}- SITE_URL.*\n {2}- BASE_PATH.*\n {2}- PUBLIC_HTTPBIN_URL.*\n {2}- EDIT_URL/,
    );
  });
});
