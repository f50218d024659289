import type { AddressInfo } from 'node:net';
import { AppError } from '../errors/app-error.js';
import { signCaller } from '../caller/signed-header.js';
import { createLogger } from '../log/logger.js';
import { buildFederatedSchema } from '../schema/federated-schema.js';
import { Field, ObjectType, Query, Resolver } from '../type-graphql.js';
import { createSubgraphServer } from './create-subgraph-server.js';

@ObjectType()
class Probe {
  @Field(() => String)
  value!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => Probe)
  probe(): Probe {
    return { value: 'ok' };
  }

  @Query(() => String, { nullable: true })
  broken(): string {
    throw new Error('connect ECONNREFUSED 10.0.0.8:1521 user=scott');
  }

  @Query(() => String, { nullable: true })
  typed(): string {
    throw new AppError('FORBIDDEN');
  }
}

const secret = 'kit-test-secret-0123456789-abcdefghij';

describe('createSubgraphServer', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = await createSubgraphServer({
      name: 'probe',
      schema: await buildFederatedSchema({ resolvers: [ProbeResolver] }),
      callerSecret: secret,
      logger: createLogger('probe', 'silent'),
      buildContext: (caller) => ({ caller }),
      ready: async () => {},
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
  });
  afterAll(() => close());

  const caller = { kind: 'anonymous' as const, requestId: 'req-12345678' };
  /** `sign`: a signed caller header over this very body (as the gateway sends it). */
  const post = (query: string, sign = false, path = '/graphql') => {
    const body = JSON.stringify({ query });
    return fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(sign ? { 'x-jt-caller': signCaller(caller, secret, body) } : {}) },
      body,
    });
  };

  it('serves health routes without a caller', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'off' }, service: 'probe' });
  });

  it('refuses /graphql without a signed caller', async () => {
    const res = await post('{ probe { value } }');
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
  });

  it('answers a signed caller', async () => {
    const res = await post('{ probe { value } }', true);
    expect(await res.json()).toEqual({ data: { probe: { value: 'ok' } } });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR and keeps typed ones', async () => {
    const res = await post('{ broken typed }', true);
    const body = (await res.json()) as any;
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
    const byPath = Object.fromEntries(body.errors.map((e: any) => [e.path[0], e.extensions.code]));
    expect(byPath).toEqual({ broken: 'INTERNAL_SERVER_ERROR', typed: 'FORBIDDEN' });
    expect(body.errors[0].extensions.requestId).toBe('req-12345678');
  });

  it('refuses an unsigned request on an encoded path to /graphql, without reaching GraphQL', async () => {
    for (const path of ['/%67raphql', '/graphq%6C', '/%2Fgraphql', '/graphql/', '/graphql?x=1', '/GRAPHQL']) {
      const res = await post('{ probe { value } }', false, path);
      const text = await res.text();
      expect({ path, ok: res.status === 200 }).toEqual({ path, ok: false });
      expect(text).not.toContain('"probe"');
      expect(text).not.toMatch(/TypeError|Cannot read|stack/);
    }
    const encoded = await post('{ probe { value } }', false, '/%67raphql');
    expect(encoded.status).toBe(401);
    expect(((await encoded.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
  });

  it('refuses GET on /graphql (the signed body carries the operation)', async () => {
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ probe { value } }')}`, { headers: { 'x-jt-caller': signCaller(caller, secret, '') } });
    expect(res.status).toBe(405);
  });

  it('refuses a signed header sent with another body', async () => {
    const header = signCaller(caller, secret, JSON.stringify({ query: '{ __typename }' }));
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': header }, body: JSON.stringify({ query: '{ probe { value } }' }) });
    expect(res.status).toBe(401);
  });

  it('answers a signed request once: the identical request sent again is refused, a new signature is not', async () => {
    const body = JSON.stringify({ query: '{ probe { value } }' });
    const send = (header: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': header }, body });
    const header = signCaller(caller, secret, body);
    expect((await send(header)).status).toBe(200);
    const replayed = await send(header);
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
    expect((await send(signCaller(caller, secret, body))).status).toBe(200);
  });

  it('answers broken requests with a code and a generic Chinese message, never the parser’s words', async () => {
    const badJson = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ probe' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ data: null, errors: [{ message: '请求格式不正确', extensions: { code: 'BAD_REQUEST' } }] });
    const poisoned = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"__proto__": {"x": 1}}' });
    expect(poisoned.status).toBe(400);
    expect(await poisoned.text()).not.toMatch(/proto|poison/i);
    const unknown = await fetch(`${url}/nowhere/%67`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain('nowhere');
  });

  it('answers a document it cannot validate with the GraphQL error, not an internal one', async () => {
    const res = await post('{ nope }', true);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('exposes the federation service SDL', async () => {
    const res = await post('{ _service { sdl } }', true);
    expect(((await res.json()) as any).data._service.sdl).toContain('type Probe');
  });
});
