import { describe, expect, it } from 'vitest';
import { findMessage, KNOWN_MESSAGES } from '../../../src/lib/decode/messages.ts';

describe('findMessage', () => {
  it('prefers the specific wording when a paste holds several', () => {
    // Firefox's CORS message carries a status; Chrome prints net::ERR_* next to the URL.
    expect(findMessage('Cross-Origin Request Blocked … Status code: 0.')?.error).toBe('cors-error');
    expect(findMessage('TypeError: Failed to fetch (net::ERR_CONNECTION_REFUSED)')?.error).toBe('connection-refused');
    expect(findMessage('curl: (7) Failed to connect to host')?.error).toBe('connection-refused');
  });

  it('does not take a status that starts with 0 for status 0', () => {
    expect(findMessage('status: 0')?.error).toBe('status-0');
    expect(findMessage('status 404')).toBeUndefined();
  });

  it('gives every message a code, an error page, or a meaning that says why it has neither', () => {
    for (const message of KNOWN_MESSAGES)
      expect(
        message.code !== undefined ||
          message.error !== undefined ||
          /no (HTTP|status)|no connection/i.test(message.meaning),
        message.label,
      ).toBe(true);
  });
});
