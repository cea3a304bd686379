import { describe, expect, it } from 'vitest';
import { exampleGroups, exampleSide, languageLabel, type Example } from '../../../src/lib/code-tabs/groups.ts';

const example = (lang: Example['lang'], code: string, side?: Example['side']): Example => ({
  title: `${lang} example`,
  lang,
  code,
  ...(side ? { side } : {}),
});

describe('the side of a code example', () => {
  it('is the client for curl, fetch and requests', () => {
    expect(exampleSide(example('bash', 'curl -i https://example.com/'))).toBe('client');
    expect(exampleSide(example('javascript', "const res = await fetch('/api');\nif (res.status === 409) {}"))).toBe(
      'client',
    );
    expect(exampleSide(example('python', 'r = requests.get(url)\nr.raise_for_status()'))).toBe('client');
  });

  it('is the server for server configuration and for code that answers requests', () => {
    expect(exampleSide(example('nginx', 'return 301 https://$host$request_uri;'))).toBe('server');
    expect(exampleSide(example('javascript', "app.post('/users', (req, res) => {\n  res\n    .status(409)\n});"))).toBe(
      'server',
    );
    expect(exampleSide(example('go', 'func h(w http.ResponseWriter, r *http.Request) {}'))).toBe('server');
    expect(exampleSide(example('python', '@app.get("/items")\ndef read(): ...'))).toBe('server');
    expect(exampleSide(example('python', 'class H(BaseHTTPRequestHandler): ...'))).toBe('server');
  });

  it('is what the author says when the guess would be wrong', () => {
    expect(exampleSide(example('bash', "grep ' 444 ' /var/log/nginx/access.log", 'server'))).toBe('server');
    expect(exampleSide(example('nginx', 'proxy_pass http://backend;', 'client'))).toBe('client');
  });
});

describe('example tabs', () => {
  it('label a tab by its language, and a shell example that runs curl as curl', () => {
    expect(languageLabel(example('bash', '# status only\ncurl -si https://example.com/'))).toBe('curl');
    expect(languageLabel(example('bash', 'openssl s_client -connect example.com:443'))).toBe('Shell');
    expect(languageLabel(example('csharp', 'var c = new HttpClient();'))).toBe('C#');
  });

  it('group the client side first, keep the authors order, and number two tabs of one language', () => {
    const groups = exampleGroups([
      example('javascript', "app.get('/', (req, res) => res.sendStatus(409));"),
      example('bash', 'curl -i https://example.com/'),
      example('python', 'requests.get(url)'),
      example('bash', 'curl -I https://example.com/'),
    ]);
    expect(groups.map((group) => [group.side, group.title, group.tabs.map((tab) => tab.label)])).toEqual([
      ['client', 'Client', ['curl 1', 'Python', 'curl 2']],
      ['server', 'Server', ['JavaScript']],
    ]);
  });

  it('leave out a side with no example', () => {
    expect(exampleGroups([example('bash', 'curl -i https://example.com/')]).map((group) => group.side)).toEqual([
      'client',
    ]);
  });
});
