import type { AddressInfo } from 'node:net';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import * as identity from '@jingtong/identity';
import { ALIPAY_DEV_KEYS, startLegacy, WECHAT_DEV_APP, type LegacyServer } from '@jingtong/legacy';
import * as traffic from '@jingtong/traffic';
import type { FastifyInstance } from 'fastify';
import { createStorage, SERVER_REDIS_URL, type StorageMode } from './storage.js';

export const TEST_SECRET = 'integration-test-caller-secret-0123456789';

export interface StackOptions {
  mode: StorageMode;
  /** Extra env for every subgraph (e.g. short deadlines). */
  env?: Record<string, string>;
  gatewayEnv?: Record<string, string>;
}

export interface Stack {
  mode: StorageMode;
  legacy: LegacyServer;
  gatewayUrl: string;
  subgraphUrls: { identity: string; traffic: string };
  /** POST a GraphQL document to the gateway the way a client would. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: { data?: T; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>; extensions?: Record<string, any> } }>;
  signIn(idNumber: string): Promise<string>;
  /** Another gateway over the same subgraphs, with other settings (e.g. the safelist on, tight limits). */
  extraGateway(env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
  /** A token signed by identity's real key (e.g. an already expired one). */
  issueToken(claims: { sub: string; ttlSeconds: number }): Promise<string>;
  /** Identity's own deps (database, audit…), for what no client can do: travel in time, tamper, run a job now. */
  identityDeps: identity.IdentityDeps;
  /** Identity's base URL (its internal routes live there, next to /graphql). */
  identityUrl: string;
  close(): Promise<void>;
}

const urlOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

/** Legacy stand-ins + subgraphs + gateway in this process, each on a free port of 127.0.0.1. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const storage = createStorage(options.mode);
  const legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
  const common = { NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', CALLER_SIGNING_SECRET: TEST_SECRET, ...options.env };

  const identityDeps = await identity.buildDeps(
    identity.loadIdentityEnv({
      ...common,
      ...storage.envFor('identity'),
      POPULATION_ENDPOINT: `${legacy.url}/population`,
      // Citizen user centre: every legacy system on this stack's stand-in (DEV ONLY Alipay keys).
      SMS_ENDPOINT: `${legacy.url}/sms`,
      FUGITIVE_ENDPOINT: `${legacy.url}/fugitive`,
      FACE_ENDPOINT: `${legacy.url}/face`,
      TRAFFIC_ENDPOINT: `${legacy.url}/traffic`,
      ALIPAY_GATEWAY_URL: `${legacy.url}/alipay/gateway.do`,
      ALIPAY_APP_ID: ALIPAY_DEV_KEYS.appId,
      ALIPAY_APP_PRIVATE_KEY_PATH: ALIPAY_DEV_KEYS.appPrivateKeyPath,
      ALIPAY_PUBLIC_KEY_PATH: ALIPAY_DEV_KEYS.alipayPublicKeyPath,
      WECHAT_API_URL: `${legacy.url}/wechat`,
      WECHAT_APP_ID: WECHAT_DEV_APP.appId,
      WECHAT_APP_SECRET: WECHAT_DEV_APP.secret,
    }),
  );
  const identityApp = await identity.createServer(identityDeps);
  await identityApp.listen({ port: 0, host: '127.0.0.1' });

  const trafficDeps = await traffic.buildDeps(traffic.loadTrafficEnv({ ...common, ...storage.envFor('traffic'), TRAFFIC_ENDPOINT: `${legacy.url}/traffic` }));
  const trafficApp = await traffic.createServer(trafficDeps);
  await trafficApp.listen({ port: 0, host: '127.0.0.1' });

  const subgraphUrls = { identity: `${urlOf(identityApp)}/graphql`, traffic: `${urlOf(trafficApp)}/graphql` };
  const run = Math.random().toString(36).slice(2, 10);
  const gatewayEnv = (overrides: Record<string, string> = {}) =>
    loadGatewayEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      CALLER_SIGNING_SECRET: TEST_SECRET,
      JWKS_URL: `${urlOf(identityApp)}/.well-known/jwks.json`,
      IDENTITY_INTERNAL_URL: urlOf(identityApp),
      // Tests send ad-hoc documents; the safelist itself is tested with SAFELIST_ENFORCE=true.
      SAFELIST_ENFORCE: 'false',
      ...(options.mode === 'servers' ? { REDIS_URL: SERVER_REDIS_URL } : {}),
      RATE_LIMIT_PREFIX: `jt:rl:${run}`,
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      RATE_LIMIT_CALLER_PER_MINUTE: '100000',
      ...options.gatewayEnv,
      ...overrides,
    });
  const gateway = await createGateway({ env: gatewayEnv(), subgraphUrls });
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  const gatewayUrl = `${urlOf(gateway)}/graphql`;

  const stack: Stack = {
    mode: options.mode,
    legacy,
    gatewayUrl,
    subgraphUrls,
    identityDeps,
    identityUrl: urlOf(identityApp),
    async graphql(query, variables, token, headers) {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as never };
    },
    async signIn(idNumber) {
      const { body } = await stack.graphql(`mutation($id: String!) { devSignIn(idNumber: $id) { token error { code message } } }`, { id: idNumber });
      const token = body.data?.devSignIn?.token;
      if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
      return token;
    },
    async extraGateway(env) {
      const extra = await createGateway({ env: gatewayEnv({ RATE_LIMIT_PREFIX: `jt:rl:${run}:${Math.random().toString(36).slice(2, 8)}`, ...env }), subgraphUrls });
      await extra.listen({ port: 0, host: '127.0.0.1' });
      return { url: `${urlOf(extra)}/graphql`, close: () => extra.close() };
    },
    async issueToken({ sub, ttlSeconds }) {
      return (await identityDeps.tokens.issue({ sub, kind: 'citizen', acr: 1, ttlSeconds })).token;
    },
    async close() {
      await gateway.close();
      await trafficApp.close();
      await identityApp.close();
      await trafficDeps.close();
      await identityDeps.close();
      await legacy.close();
      await storage.cleanup();
    },
  };
  return stack;
}
