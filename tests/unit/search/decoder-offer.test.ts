import { describe, expect, it } from 'vitest';
import { withSite } from '../../support/site-env.ts';
import { PASTES } from '../../fixtures/decode-pastes.ts';

const { decoderOffer, looksPasted } = await withSite(() => import('../../../src/lib/search/decoder-offer.ts'));

describe('decoder offer', () => {
  it('recognises pasted responses, errors and log lines', () => {
    const pasted = [
      PASTES.statusLine,
      PASTES.curlI,
      PASTES.curlV,
      PASTES.chromeFetch,
      PASTES.chromeCors,
      PASTES.firefoxCors,
      PASTES.redirectLoop,
      PASTES.curl52,
      PASTES.nginxTimeout,
      PASTES.accessLog,
      PASTES.albNoTarget,
      PASTES.cloudflare1020,
    ];
    expect(pasted.filter((text) => !looksPasted(text))).toEqual([]);
  });

  it('leaves typed words and phrases to the full-text search', () => {
    const typed = [
      '409',
      'failed to fetch',
      'ERR_TOO_MANY_REDIRECTS',
      'status 0',
      'upstream timed out',
      'rate limit',
      '401 vs 403',
    ];
    expect(typed.filter(looksPasted)).toEqual([]);
  });

  it('links the decoder under the base path and carries the paste, never in the URL', () => {
    const offer = decoderOffer('HTTP/1.1 401 Unauthorized\nAuthorization: Bearer secret');
    expect(offer).toMatchObject({ url: '/docs/decode/', kind: 'decoder', cls: null });
    expect(offer.paste).toMatch(/secret/);
    expect(offer.url).not.toMatch(/secret|\?/);
  });
});
