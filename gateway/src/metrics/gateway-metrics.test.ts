import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleValue } from '@jingtong/kit';
import type { FastifyInstance } from 'fastify';
import { createGateway, loadGatewayEnv } from '../server.js';

const DOCUMENTS = {
  WhoAmI: 'query WhoAmI { me { id } }',
  PlateLookup: 'query PlateLookup { vehicle(plate: "豫K·A12345") { plate } }',
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const REQUESTS = 'jingtong_graphql_requests_total';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The gateway alone: identity is a stub that answers every fetch, traffic is down (a port nobody listens on). */
describe('gateway metrics', () => {
  let gateway: FastifyInstance;
  let url: string;
  let identityStub: Server;

  beforeAll(async () => {
    identityStub = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"me":null}}'));
    });
    const identityUrl = await listen(identityStub);
    const closed = createServer();
    const trafficUrl = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const dir = mkdtempSync(join(tmpdir(), 'jt-gateway-metrics-'));
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify(Object.fromEntries(Object.values(DOCUMENTS).map((d) => [sha256(d), d]))));
    gateway = await createGateway({
      env: loadGatewayEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        CALLER_SIGNING_SECRET: 'gateway-metrics-test-secret-0123456789',
        SAFELIST_ENFORCE: 'true',
        PERSISTED_DOCUMENTS_PATH: manifest,
        RATE_LIMIT_IP_PER_MINUTE: '5',
        RATE_LIMIT_PREFIX: `jt:rl:metrics-${process.pid}`,
        SUBGRAPH_DEADLINE_MS: '2000',
      }),
      subgraphUrls: { identity: `${identityUrl}/graphql`, traffic: `${trafficUrl}/graphql` },
    });
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => identityStub.close(() => resolve()));
  });

  const send = (body: object) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: JSON.stringify(body) });
  const persisted = (operationName: keyof typeof DOCUMENTS) =>
    send({ operationName, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(DOCUMENTS[operationName]) } } });
  const scrape = async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it('counts a persisted operation by name, and times its subgraph fetch', async () => {
    const res = await persisted('WhoAmI');
    expect(await res.json()).toEqual({ data: { me: null } });
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { service: 'gateway', operation: 'WhoAmI', outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, 'jingtong_graphql_request_duration_seconds_count', { operation: 'WhoAmI' })).toBe(1);
    expect(sampleValue(text, 'jingtong_subgraph_fetches_total', { subgraph: 'identity', outcome: 'ok' })).toBe(1);
    expect(sampleValue(text, 'jingtong_subgraph_fetch_duration_seconds_count', { subgraph: 'identity' })).toBe(1);
  });

  it('counts an answer with errors as an error, and the failed fetch under its subgraph', async () => {
    const res = await persisted('PlateLookup');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { operation: 'PlateLookup', outcome: 'error' })).toBe(1);
    expect(sampleValue(text, REQUESTS, { operation: 'PlateLookup', outcome: 'ok' })).toBe(0);
    expect(sampleValue(text, 'jingtong_subgraph_fetches_total', { subgraph: 'traffic', outcome: 'unavailable' })).toBe(1);
  });

  it('labels a name outside the persisted set anonymous', async () => {
    const res = await send({ operationName: 'Sneaky', query: 'query Sneaky { me { id } }' });
    expect(res.status).toBe(400);
    const text = await scrape();
    expect(text).not.toContain('Sneaky');
    expect(sampleValue(text, REQUESTS, { operation: 'anonymous', outcome: 'error' })).toBe(1);
  });

  it('counts rate-limit refusals', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await persisted('WhoAmI')).status);
    expect(statuses).toContain(429);
    const text = await scrape();
    expect(sampleValue(text, 'jingtong_gateway_limit_refusals_total', { limit: 'rate-limit' })).toBe(statuses.filter((s) => s === 429).length);
    expect(sampleValue(text, 'jingtong_gateway_limit_refusals_total', { limit: 'cost-budget' })).toBe(0);
    expect(sampleValue(text, REQUESTS, { operation: 'WhoAmI', outcome: 'error' })).toBe(statuses.filter((s) => s === 429).length);
  });
});
