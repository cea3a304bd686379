import { describe, expect, it } from 'vitest';
import { likelyLayers } from '../../../src/lib/decode/layer.ts';
import { decodePaste } from '../../../src/lib/decode/parse.ts';
import { PASTES } from '../../fixtures/decode-pastes.ts';

const layers = (paste: string) => likelyLayers(decodePaste(paste));
const who = (paste: string) => layers(paste).map((l) => l.who);

describe('likelyLayers', () => {
  it('names the CDN from its headers, and says when it made the code itself', () => {
    expect(who(PASTES.curlI)).toEqual(['Cloudflare']);
    expect(layers(PASTES.curlI)[0]?.why).toMatch(/passed through Cloudflare/);
    expect(layers('HTTP/1.1 522 \nServer: cloudflare\nCF-Ray: 8e1f2a3b4c5d6e7f-FRA')[0]?.why).toMatch(
      /Cloudflare sent 522 itself/,
    );
    expect(who(PASTES.redirects)).toEqual(['Amazon CloudFront']);
    expect(layers(PASTES.redirects)[0]?.why).toMatch(/Error from cloudfront/);
  });

  it('names the load balancer, the proxy and the server software', () => {
    expect(who(PASTES.headersOnly)).toEqual(['AWS Elastic Load Balancing']);
    expect(who(PASTES.curlV)).toEqual(['nginx']);
    expect(who('HTTP/1.1 200 OK\nVia: 1.1 varnish (Varnish/7.5)')).toEqual(['Varnish']);
    expect(who('HTTP/1.1 200 OK\nVia: 1.1 proxy.internal')).toEqual(['a proxy']);
    expect(who('HTTP/1.1 503 Service Unavailable\nserver: envoy')).toEqual(['Envoy']);
  });

  it('reads who answered from the two status fields of an ALB entry', () => {
    expect(layers(PASTES.albTarget)[0]).toMatchObject({ who: 'the target behind the load balancer' });
    expect(layers(PASTES.albNoTarget)[0]?.why).toMatch(/answered 502 itself: target_status_code is -/);
    expect(layers(PASTES.albZero)[0]?.why).toMatch(/elb_status_code is 000: no HTTP response/);
  });

  it('names the layer of a log line or an error message', () => {
    expect(who(PASTES.accessLog)).toEqual(['the web server that wrote this log']);
    expect(who(PASTES.nginxTimeout)).toEqual(['nginx']);
    expect(who(PASTES.chromeFetch)).toEqual(['your browser']);
    expect(who(PASTES.curl52)).toEqual(['curl, before any HTTP response']);
    expect(who(PASTES.cloudflare522)).toEqual(['Cloudflare']);
    expect(who('HTTP/1.1 460 \n')).toEqual(['AWS Elastic Load Balancing']);
  });
});
