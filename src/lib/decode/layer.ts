/**
 * Which layer most likely produced the response: the CDN, the load balancer, the proxy or the
 * application. The evidence is what each product is documented to add: Cloudflare's CF-Ray and
 * `Server: cloudflare`, CloudFront's X-Amz-Cf-Id and `X-Cache: Error from cloudfront`, the ALB's
 * `Server: awselb/2.0`, Via (RFC 9110 section 7.6.3), and the shape of a log line.
 */
import { headerValue, type Decoded } from './parse.ts';

export interface LayerFinding {
  /** Who: "Cloudflare", "nginx". */
  who: string;
  /** What that says about this response, in a sentence naming the evidence. */
  why: string;
}

/** Codes a CDN or load balancer generates itself, not passed on from the origin. */
const CLOUDFLARE_OWN = new Set([520, 521, 522, 523, 524, 525, 526, 527, 530]);
const ALB_OWN = new Set([460, 463, 464, 561]);

function fromHeaders(decoded: Decoded): LayerFinding[] {
  const { headers, code } = decoded;
  const get = (name: string) => headerValue(headers, name);
  const server = get('Server') ?? '';
  const via = get('Via');
  const xCache = get('X-Cache');
  const found: LayerFinding[] = [];
  if (get('CF-Ray') || /^cloudflare$/i.test(server))
    found.push({
      who: 'Cloudflare',
      why:
        code !== null && CLOUDFLARE_OWN.has(code)
          ? `Cloudflare sent ${code} itself: the 52x and 530 codes describe its connection to the origin.`
          : 'The response passed through Cloudflare (CF-Ray or Server: cloudflare); the origin or a Cloudflare rule may have produced the status.',
    });
  if (get('X-Amz-Cf-Id') || /cloudfront/i.test(`${via ?? ''} ${xCache ?? ''}`))
    found.push({
      who: 'Amazon CloudFront',
      why: /^Error from cloudfront/i.test(xCache ?? '')
        ? 'X-Cache says "Error from cloudfront": CloudFront returned an error, its own or the origin’s.'
        : /^(?:Hit|RefreshHit) from cloudfront/i.test(xCache ?? '')
          ? 'X-Cache says the response came from CloudFront’s cache, not from the origin just now.'
          : 'The response passed through CloudFront (X-Amz-Cf-Id).',
    });
  if (/^awselb/i.test(server))
    found.push({
      who: 'AWS Elastic Load Balancing',
      why: 'Server: awselb means the load balancer wrote this response itself; the target did not.',
    });
  if (/^nginx/i.test(server))
    found.push({
      who: 'nginx',
      why: 'Server: nginx. nginx hides a proxied application’s own Server header, so the status came from nginx or from the application behind it; an nginx-styled HTML body points at nginx itself.',
    });
  if (/^Apache/i.test(server)) found.push({ who: 'Apache httpd', why: `Server: ${server}.` });
  if (/^envoy$/i.test(server) || get('x-envoy-upstream-service-time'))
    found.push({
      who: 'Envoy',
      why: 'Server: envoy or an x-envoy-* header: an Envoy proxy (also Istio and many gateways) handled it.',
    });
  if (/varnish/i.test(via ?? '') || get('X-Varnish'))
    found.push({ who: 'Varnish', why: 'Via or X-Varnish names a Varnish cache.' });
  if (via && found.length === 0)
    found.push({ who: 'a proxy', why: `Via: ${via} lists the proxies the response went through.` });
  if (xCache && /HIT/i.test(xCache) && !/cloudfront/i.test(xCache))
    found.push({ who: 'a cache', why: `X-Cache: ${xCache}: a cache answered from a stored copy.` });
  if (found.length === 0 && server)
    found.push({ who: server.split('/')[0] ?? server, why: `Server: ${server}: the software that answered.` });
  return found;
}

function fromAlb(decoded: Decoded): LayerFinding[] {
  const alb = decoded.alb;
  if (!alb) return [];
  const who = 'AWS Application Load Balancer';
  if (alb.elb === '-' || alb.elb === '000')
    return [
      {
        who,
        why: `elb_status_code is ${alb.elb}: no HTTP response went to the client, as when the connection closed before one was sent.`,
      },
    ];
  if (alb.target === '-' || alb.target === '000')
    return [
      {
        who,
        why: `The load balancer answered ${alb.elb} itself: target_status_code is ${alb.target}, so no response came from the target.`,
      },
    ];
  if (alb.target === alb.elb)
    return [
      {
        who: 'the target behind the load balancer',
        why: `The target answered ${alb.target} and the load balancer passed it on.`,
      },
    ];
  return [{ who, why: `The target answered ${alb.target}; the load balancer sent ${alb.elb} to the client.` }];
}

export function likelyLayers(decoded: Decoded): LayerFinding[] {
  const found = [...fromAlb(decoded), ...fromHeaders(decoded)];
  if (decoded.kind === 'access-log')
    found.push({
      who: 'the web server that wrote this log',
      why: 'A combined-format access log line (nginx or Apache): the status it logged is the one it sent.',
    });
  if (decoded.code !== null && ALB_OWN.has(decoded.code) && !found.some((f) => f.who.startsWith('AWS')))
    found.push({ who: 'AWS Elastic Load Balancing', why: `${decoded.code} is a code only AWS load balancers use.` });
  const message = decoded.message;
  if (message && !found.some((f) => f.who === LAYER_NAMES[message.layer]))
    found.push({ who: LAYER_NAMES[message.layer], why: `${message.label}.` });
  if (decoded.rayId && !found.some((f) => f.who === 'Cloudflare'))
    found.push({
      who: 'Cloudflare',
      why: `A Cloudflare Ray ID (${decoded.rayId}): quote it to the site owner, who can look the request up.`,
    });
  return found;
}

const LAYER_NAMES = {
  browser: 'your browser',
  client: 'the client, before any HTTP response',
  curl: 'curl, before any HTTP response',
  nginx: 'nginx',
  cloudflare: 'Cloudflare',
} as const;
