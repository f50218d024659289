import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { FastifyInstance } from 'fastify';
import { createGateway, loadGatewayEnv } from '../server.js';

export const STUB_SECRET = 'gateway-unit-test-caller-secret-0123456789';

/** One request a stub subgraph received. */
export interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers a request (JSON body or text), or takes the response over (`res` is the raw response). */
export type StubHandler = (seen: Seen, res: ServerResponse) => { status?: number; json?: unknown; text?: string } | 'handled';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function stubServer(handler: StubHandler, seen: Seen[]) {
  return createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body };
      seen.push(request);
      const answer = handler(request, res);
      if (answer === 'handled') return;
      if (answer.json !== undefined) res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
      else res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain' }).end(answer.text ?? '');
    });
  });
}

/**
 * The real gateway (`createGateway`) in front of stub subgraphs that answer whatever a test says (identity's
 * internal routes included), with tokens from a key of its own: what the gateway does, without any subgraph.
 */
export async function startStubbedGateway(options: { env?: Record<string, string>; identity?: StubHandler; traffic?: StubHandler }) {
  const seen = { identity: [] as Seen[], traffic: [] as Seen[] };
  const nothing: StubHandler = () => ({ status: 500, text: 'no stub for this request' });
  const identity = stubServer(options.identity ?? nothing, seen.identity);
  const traffic = stubServer(options.traffic ?? nothing, seen.traffic);
  const identityUrl = await listen(identity);
  const trafficUrl = await listen(traffic);
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), alg: 'ES256' };

  const gateway: FastifyInstance = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      CALLER_SIGNING_SECRET: STUB_SECRET,
      IDENTITY_INTERNAL_URL: identityUrl,
      SAFELIST_ENFORCE: 'false',
      RATE_LIMIT_PREFIX: `jt:rl:stubbed-${Math.random().toString(36).slice(2)}`,
      ...options.env,
    }),
    subgraphUrls: { identity: `${identityUrl}/graphql`, traffic: `${trafficUrl}/graphql` },
    jwks: async () => jwk,
  });
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/graphql`;

  return {
    url,
    seen,
    /** A citizen's token, as identity would issue it. */
    token: (sub: string, acr = 1) =>
      new SignJWT({ kind: 'citizen', acr }).setProtectedHeader({ alg: 'ES256' }).setIssuer('jingtong-identity').setAudience('jingtong').setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(privateKey),
    async post(body: unknown, headers: Record<string, string> = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, text, body: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions: Record<string, any> }>; extensions?: Record<string, any> } };
    },
    async close() {
      await gateway.close();
      for (const server of [identity, traffic]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

export type StubbedGateway = Awaited<ReturnType<typeof startStubbedGateway>>;

/** The operation a stub subgraph was sent (the gateway's own query text and variables). */
export const operationOf = (seen: Seen) => JSON.parse(seen.body) as { query: string; variables?: Record<string, any> };
