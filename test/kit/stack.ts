import type { AddressInfo } from 'node:net';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import type * as identity from '@jingtong/identity';
import { buildSubgraph, jobCounts, peerUrlEnvName, type AnySubgraphDefinition, type StartedSubgraph } from '@jingtong/kit';
import { standInCredentialsEnv, startLegacy, type LegacyServer } from '@jingtong/legacy';
import type { FastifyInstance } from 'fastify';
import { definitionModule, SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry.js';
import { freePorts } from './free-ports.js';
import { createStorage, SERVER_REDIS_URL, type StorageMode } from './storage.js';

/** `exit-entry` -> `exitEntry`: the name a subgraph's definition is exported under. */
const camelName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

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
  subgraphUrls: Record<SubgraphName, string>;
  /** Every running subgraph by name (its app and deps), for what no client can do. */
  subgraphs: Record<SubgraphName, StartedSubgraph>;
  /** POST a GraphQL document to the gateway the way a client would. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: { data?: T; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>; extensions?: Record<string, any> } }>;
  signIn(idNumber: string): Promise<string>;
  /** Another gateway over the same subgraphs, with other settings (e.g. the safelist on, tight limits). */
  extraGateway(env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
  /** A token signed by identity's real key (e.g. an already expired one). */
  issueToken(claims: { sub: string; ttlSeconds: number }): Promise<string>;
  /** Identity's own deps (database, audit…), for what no client can do: travel in time, tamper, run a job now. */
  identityDeps: identity.IdentityDeps;
  /** Runs every subgraph's due jobs until none is due or running (fugitive screening, duty SMS…). */
  drainJobs(): Promise<void>;
  /** Identity's base URL (its internal routes live there, next to /graphql). */
  identityUrl: string;
  close(): Promise<void>;
}

const urlOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

/** Legacy stand-ins + subgraphs + gateway in this process, each on a free port of 127.0.0.1. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const storage = createStorage(options.mode);
  await storage.prepare();
  const legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
  // Job workers poll briskly, so `eventually` sees jobs' effects soon; `drainJobs()` waits for them all.
  // Every test request comes from 127.0.0.1: the SMS budgets per address (tested with their defaults in the hostile area sms-fanout) are lifted.
  const smsBudgets = { SMS_FREE_PER_SOURCE: '100000', SMS_MAX_PER_SOURCE: '100000', SMS_MAX_PER_MINUTE: '100000' };
  const common = { NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', CALLER_SIGNING_SECRET: TEST_SECRET, JOBS_POLL_MS: '200', ...smsBudgets, ...options.env };

  // Every subgraph of the registry, from its definition, its legacy clients pointed at this stack's stand-ins.
  // Ports are chosen first, so each subgraph knows where the others' internal routes are (outbox jobs call them).
  const ports = await freePorts(SUBGRAPHS.length);
  const peers = Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [peerUrlEnvName(name), `http://127.0.0.1:${ports[i]}`]));
  const started: StartedSubgraph[] = [];
  for (const [i, { name }] of SUBGRAPHS.entries()) {
    const { [camelName(name)]: definition } = (await import(definitionModule(name))) as Record<string, AnySubgraphDefinition>;
    if (!definition) throw new Error(`${definitionModule(name)} exports no \`${camelName(name)}\` definition`);
    const subgraph = await buildSubgraph(definition, { ...common, ...peers, ...standInCredentialsEnv(), PORT: String(ports[i]), ...storage.envFor(name), ...definition.legacy?.(legacy.url) });
    await subgraph.app.listen({ port: ports[i], host: '127.0.0.1' });
    started.push(subgraph);
  }
  const byName = Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, StartedSubgraph>;
  const identityDeps = byName.identity.deps as unknown as identity.IdentityDeps;
  const identityApp = byName.identity.app;
  const subgraphUrls = Object.fromEntries(started.map((s) => [s.name, `${urlOf(s.app)}/graphql`])) as Record<SubgraphName, string>;
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
    subgraphs: byName,
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
    async drainJobs() {
      const until = Date.now() + 20_000;
      for (;;) {
        let busy = false;
        for (const subgraph of started) {
          if (!subgraph.jobs || !subgraph.deps.database) continue;
          await subgraph.jobs.runOnce();
          const counts = await jobCounts(subgraph.deps.database.db);
          if (counts.byState.running > 0 || counts.oldestDueAgeMs !== null) busy = true;
        }
        if (!busy) return;
        if (Date.now() > until) throw new Error('jobs still due or running after 20 s');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async issueToken({ sub, ttlSeconds }) {
      return (await identityDeps.tokens.issue({ sub, kind: 'citizen', acr: 1, ttlSeconds })).token;
    },
    async close() {
      await gateway.close();
      for (const subgraph of [...started].reverse()) await subgraph.close();
      await legacy.close();
      await storage.cleanup();
    },
  };
  return stack;
}
