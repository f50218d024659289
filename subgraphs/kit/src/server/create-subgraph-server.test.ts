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

  const post = (query: string, header?: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header ? { 'x-jt-caller': header } : {}) },
      body: JSON.stringify({ query }),
    });

  it('serves health routes without a caller', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('refuses /graphql without a signed caller', async () => {
    const res = await post('{ probe { value } }');
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
  });

  it('answers a signed caller', async () => {
    const res = await post('{ probe { value } }', signCaller({ kind: 'anonymous', requestId: 'req-12345678' }, secret));
    expect(await res.json()).toEqual({ data: { probe: { value: 'ok' } } });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR and keeps typed ones', async () => {
    const res = await post('{ broken typed }', signCaller({ kind: 'anonymous', requestId: 'req-12345678' }, secret));
    const body = (await res.json()) as any;
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
    const byPath = Object.fromEntries(body.errors.map((e: any) => [e.path[0], e.extensions.code]));
    expect(byPath).toEqual({ broken: 'INTERNAL_SERVER_ERROR', typed: 'FORBIDDEN' });
    expect(body.errors[0].extensions.requestId).toBe('req-12345678');
  });

  it('exposes the federation service SDL', async () => {
    const res = await post('{ _service { sdl } }', signCaller({ kind: 'anonymous', requestId: 'req-12345678' }, secret));
    expect(((await res.json()) as any).data._service.sdl).toContain('type Probe');
  });
});
