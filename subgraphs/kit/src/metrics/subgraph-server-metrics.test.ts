import type { AddressInfo } from 'node:net';
import { signCaller } from '../caller/signed-header.js';
import type { CallerInput } from '../caller/caller.js';
import { createLogger } from '../log/logger.js';
import { buildFederatedSchema } from '../schema/federated-schema.js';
import { createSubgraphServer } from '../server/create-subgraph-server.js';
import { Field, ObjectType, Query, Resolver } from '../type-graphql.js';
import { createMetrics } from './create-metrics.js';
import { sampleValue } from './read-samples.js';

@ObjectType()
class MeteredProbe {
  @Field(() => String)
  value!: string;
}

@Resolver()
class MeteredProbeResolver {
  @Query(() => MeteredProbe)
  meteredProbe(): MeteredProbe {
    return { value: 'ok' };
  }

  @Query(() => String, { nullable: true })
  meteredBroken(): string {
    throw new Error('boom');
  }
}

const secret = 'kit-metrics-test-secret-0123456789-abcdef';
const REQUESTS = 'jingtong_graphql_requests_total';

describe('subgraph server metrics', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = await createSubgraphServer({
      name: 'probe',
      schema: await buildFederatedSchema({ resolvers: [MeteredProbeResolver] }),
      callerSecret: secret,
      logger: createLogger('probe', 'silent'),
      buildContext: (caller) => ({ caller }),
      // Its own registry: a second server in this process must not see these counts.
      metrics: createMetrics('probe', { processMetrics: false }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
  });
  afterAll(() => close());

  const h5: CallerInput = { kind: 'anonymous', channel: 'h5', requestId: 'req-metrics-1' };
  const post = (query: string, operationName: string | undefined, caller?: CallerInput) => {
    const body = JSON.stringify({ query, operationName });
    return fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { 'x-jt-caller': signCaller(caller, secret, body) } : {}) },
      body,
    });
  };
  const scrape = async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  it('counts a signed request under its operation name, and times it', async () => {
    const before = sampleValue(await scrape(), REQUESTS, { operation: 'MeteredProbe', outcome: 'ok' });
    const res = await post('query MeteredProbe { meteredProbe { value } }', 'MeteredProbe', h5);
    expect(res.status).toBe(200);
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { operation: 'MeteredProbe', outcome: 'ok', service: 'probe' })).toBe(before + 1);
    expect(sampleValue(text, 'jingtong_graphql_request_duration_seconds_count', { operation: 'MeteredProbe', outcome: 'ok' })).toBe(before + 1);
  });

  it('counts a planner fetch under the client operation', async () => {
    await post('query MeteredProbe__probe__0 { meteredProbe { value } }', 'MeteredProbe__probe__0', h5);
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { operation: 'MeteredProbe__probe__0' })).toBe(0);
    expect(sampleValue(text, REQUESTS, { operation: 'MeteredProbe', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
  });

  it('marks an answer with errors as an error, although its status is 200', async () => {
    const res = await post('query MeteredBroken { meteredBroken }', 'MeteredBroken', h5);
    expect(res.status).toBe(200);
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { operation: 'MeteredBroken', outcome: 'error' })).toBe(1);
    expect(sampleValue(text, REQUESTS, { operation: 'MeteredBroken', outcome: 'ok' })).toBe(0);
  });

  it('never takes a label from an unsigned request or a partner document', async () => {
    expect((await post('query Stolen { meteredProbe { value } }', 'Stolen')).status).toBe(401);
    await post('query PartnerChosenName { meteredProbe { value } }', 'PartnerChosenName', { kind: 'partner', sub: 'p1', channel: 'partner', requestId: 'req-metrics-2' });
    const text = await scrape();
    expect(sampleValue(text, REQUESTS, { operation: 'Stolen' })).toBe(0);
    expect(sampleValue(text, REQUESTS, { operation: 'PartnerChosenName' })).toBe(0);
    expect(sampleValue(text, REQUESTS, { operation: 'anonymous', outcome: 'error' })).toBe(1);
    expect(sampleValue(text, REQUESTS, { operation: 'anonymous', outcome: 'ok' })).toBe(1);
  });

  it('does not count its own scrapes or health checks', async () => {
    await fetch(`${url}/healthz`);
    const text = await scrape();
    expect(sampleValue(text, REQUESTS)).toBe(sampleValue(text, 'jingtong_graphql_request_duration_seconds_count'));
    expect(text).not.toContain('/healthz');
  });
});
