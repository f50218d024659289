import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POST } from '../../../web/src/app/api/graphql/route.js';
import type { HostileArea } from '../hostile-world.js';

const manifest = JSON.parse(readFileSync(new URL('../../../web/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const SEND_SMS_CODE = Object.entries(manifest).find(([, doc]) => doc.includes('mutation SendSmsCode('))![0];

const WEB = 'http://127.0.0.1:3000';

/**
 * The request Next's server hands the route handler: it has set X-Forwarded-For to the socket's peer
 * and X-Forwarded-Host to the Host header (when the request had none).
 */
function webRequest(body: string, headers: Record<string, string>, client = '203.0.113.50'): Request {
  return new Request(`${WEB}/api/graphql`, {
    method: 'POST',
    headers: { 'x-forwarded-for': client, 'x-forwarded-host': '127.0.0.1:3000', ...headers },
    body,
  });
}
const sameOrigin = { 'content-type': 'application/json', origin: WEB, 'sec-fetch-site': 'same-origin' };
const smsBody = () =>
  JSON.stringify({
    operationName: 'SendSmsCode',
    variables: { phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, purpose: 'SIGN_IN' },
    extensions: { persistedQuery: { version: 1, sha256Hash: SEND_SMS_CODE } },
  });

/** Counts what reaches "the gateway" (the proxy must refuse before forwarding). */
async function countingUpstream(): Promise<{ url: string; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { requestSmsCode: { sent: true } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, hits: () => hits, server };
}

/** Issue 7 items 3 (web side) and 9: the web app's /api/graphql proxy, its route handler called as Next calls it. */
export const webProxy: HostileArea = {
  title: 'web /api/graphql proxy (issue 7 items 3 and 9)',
  define(world) {
    const previous = process.env.GATEWAY_URL;
    afterAll(() => {
      if (previous === undefined) delete process.env.GATEWAY_URL;
      else process.env.GATEWAY_URL = previous;
    });

    it('30 visitors through the proxy do not share one per-IP bucket; one visitor is still limited', async () => {
      const gateway = await world.stack.extraGateway({ RATE_LIMIT_IP_PER_MINUTE: '29' });
      process.env.GATEWAY_URL = gateway.url;
      try {
        const query = JSON.stringify({ query: '{ __typename }' });
        const visitors = [];
        for (let i = 1; i <= 30; i++) visitors.push((await POST(webRequest(query, sameOrigin, `203.0.113.${i}`))).status);
        expect(visitors.filter((s) => s === 200)).toHaveLength(30);
        const one = [];
        for (let i = 0; i < 29; i++) one.push((await POST(webRequest(query, sameOrigin, '203.0.113.1'))).status);
        expect(one.slice(0, 28).every((s) => s === 200)).toBe(true);
        expect(one[28]).toBe(429);
      } finally {
        await gateway.close();
      }
    });

    describe('a cross-site page cannot run persisted SendSmsCode through the proxy', () => {
      let upstream: Awaited<ReturnType<typeof countingUpstream>>;
      beforeAll(async () => {
        upstream = await countingUpstream();
      });
      afterAll(async () => {
        await new Promise<void>((resolve) => upstream.server.close(() => resolve()));
      });

      const attacks: Array<[string, Record<string, string>, number]> = [
        ['a text/plain form POST from another site', { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, 403],
        ['a text/plain POST from an old browser (Origin only)', { 'content-type': 'text/plain', origin: 'https://evil.example' }, 403],
        ['a text/plain POST with a same-origin claim but no JSON', { 'content-type': 'text/plain', origin: WEB, 'sec-fetch-site': 'same-origin' }, 415],
        ['an urlencoded form POST from a sibling site', { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-site' }, 403],
        ['a JSON POST from another origin', { 'content-type': 'application/json', origin: 'https://evil.example' }, 403],
        ['a sandboxed frame (Origin: null)', { 'content-type': 'application/json', origin: 'null' }, 403],
      ];

      it.each(attacks)('%s is refused before the gateway is called', async (_name, headers, status) => {
        process.env.GATEWAY_URL = upstream.url;
        const before = upstream.hits();
        const res = await POST(webRequest(smsBody(), headers));
        expect(res.status).toBe(status);
        const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
        expect(body.errors[0]!.extensions.code).toBe(status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'CROSS_SITE_REQUEST');
        expect(body.errors[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(upstream.hits()).toBe(before);
      });

      it('our own page (same origin, JSON) still sends the code, through the safelist', async () => {
        const gateway = await world.stack.extraGateway({ SAFELIST_ENFORCE: 'true' });
        process.env.GATEWAY_URL = gateway.url;
        try {
          const res = await POST(webRequest(smsBody(), sameOrigin));
          expect(res.status).toBe(200);
          const body = (await res.json()) as { data?: { requestSmsCode: { sent: boolean; error: unknown } } };
          expect(body.data?.requestSmsCode.sent).toBe(true);
        } finally {
          await gateway.close();
        }
      });
    });
  },
};
