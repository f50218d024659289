import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import type { TokenVerifier } from '../auth/verify-token.js';
import type { IdentityInternalClient, PartnerKey } from '../security/identity-internal.js';
import { RateLimits } from '../security/rate-limits.js';
import { Safelist } from '../security/safelist.js';
import { createGuard, type GuardDeps } from './guard.js';

const PERSISTED = 'query Mine { me { id } }';
const BIG_PERSISTED = `query Big { me { ${Array.from({ length: 30 }, () => 'id').join(' ')} } }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hashed = (document: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } } });

const KEY = `jt_live_${'0'.repeat(12)}_${'A'.repeat(43)}`;
const KEY_IDENTITY_CANNOT_CHECK = `jt_live_${'f'.repeat(12)}_${'A'.repeat(43)}`;
const PARTNER: PartnerKey = { partnerId: 'p-1', keyId: 'k-1', name: '某单位', scopes: ['traffic.vehicle:read'], ratePerMinute: 100, costBudgetPerDay: 1000 };

const manifestDir = mkdtempSync(join(tmpdir(), 'jt-guard-'));
const manifest = join(manifestDir, 'persisted-documents.json');
writeFileSync(manifest, JSON.stringify({ [sha256(PERSISTED)]: PERSISTED, [sha256(BIG_PERSISTED)]: BIG_PERSISTED }));

/** What the stubs were asked: a check that ran after a refusal would show here. */
interface Calls {
  verify: number;
  identity: number;
}

const apps: FastifyInstance[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));

/**
 * The guard alone in front of a route that echoes what the guard left for GraphQL, on port 0 (Fastify's
 * `inject()` cannot load under Jest's ESM runtime: light-my-request requires the ESM-only `cookie` 2).
 */
async function guardedApp(options: Partial<Pick<GuardDeps, 'safelistEnforced' | 'callerPerMinute' | 'ipPerMinute' | 'maxTokens'>> = {}) {
  const calls: Calls = { verify: 0, identity: 0 };
  const verify: TokenVerifier = async (authorization) => {
    calls.verify++;
    if (!authorization) return { kind: 'anonymous' };
    if (authorization === 'Bearer citizen') return { kind: 'citizen', sub: 'c-1', acr: 1 };
    throw new GraphQLError('登录凭证无效，请重新登录', { extensions: { code: 'UNAUTHENTICATED' } });
  };
  const identity = {
    async resolvePartnerKey(key: string) {
      calls.identity++;
      if (key === KEY_IDENTITY_CANNOT_CHECK) throw new Error('partner key resolve failed: 500');
      return key === KEY ? PARTNER : null;
    },
    async touchSession() {
      calls.identity++;
      return { ok: false as const, reason: 'UNKNOWN' };
    },
  } satisfies IdentityInternalClient;
  const limits = new RateLimits(undefined, `jt:rl:guard-${Math.random()}`);
  const guard = createGuard({
    verify,
    identity,
    limits,
    safelist: Safelist.fromFile(manifest),
    safelistEnforced: options.safelistEnforced ?? true,
    callerPerMinute: options.callerPerMinute ?? 100,
    ipPerMinute: options.ipPerMinute ?? 100,
    maxTokens: options.maxTokens ?? 20,
    logger: pino({ level: 'silent' }),
  });
  const app = Fastify();
  app.addHook('preHandler', guard);
  app.post('/graphql', async (request) => ({ passed: true, caller: request.gateway?.caller, body: request.body }));
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const json = (await res.json()) as { passed?: true; caller?: Record<string, unknown>; body?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    const header = (name: string) => res.headers.get(name) ?? undefined;
    return { status: res.status, header, json, code: json.errors?.[0]?.extensions.code, message: json.errors?.[0]?.message };
  };
  return { post, calls, limits };
}

describe('the guard: which refusal wins when several apply', () => {
  it('refuses a batch first, before any limit is charged or credential read', async () => {
    const { post, calls, limits } = await guardedApp({ ipPerMinute: 1 });
    const answer = await post([{ query: '{ __typename }' }], { authorization: 'Bearer forged' });
    expect([answer.status, answer.code, answer.message]).toEqual([400, 'BATCHED_REQUESTS_NOT_ALLOWED', '不支持批量请求']);
    expect(calls.verify).toBe(0);
    // The IP's only point is still there.
    expect((await limits.consume('ip', '127.0.0.1', 1, 60)).allowed).toBe(true);
  });

  it('takes the per-IP limit before authentication: a guessed token over the limit is 429, never checked', async () => {
    const { post, calls } = await guardedApp({ ipPerMinute: 2 });
    expect((await post({ query: '{ __typename }' }, { authorization: 'Bearer forged' })).code).toBe('UNAUTHENTICATED');
    expect((await post({ query: '{ __typename }' }, { authorization: 'Bearer forged' })).code).toBe('UNAUTHENTICATED');
    const third = await post({ query: '{ __typename }' }, { authorization: 'Bearer forged' });
    expect([third.status, third.code, third.message]).toEqual([429, 'RATE_LIMITED', '请求过于频繁，请稍后再试']);
    expect(Number(third.header('retry-after'))).toBeGreaterThan(0);
    expect(calls.verify).toBe(2);
  });

  it('authenticates before the safelist: a forged token with free text is 401, not PERSISTED_QUERY_NOT_FOUND', async () => {
    const { post } = await guardedApp();
    const answer = await post({ query: '{ me { id } }' }, { authorization: 'Bearer forged' });
    expect([answer.status, answer.code]).toEqual([401, 'UNAUTHENTICATED']);
    // …and the answer still tells the client its rate-limit budget.
    expect(answer.header('ratelimit')).toMatch(/^limit=100, remaining=99, reset=\d+$/);
  });

  it('takes the per-caller limit before the safelist: over it, free text is 429', async () => {
    const { post } = await guardedApp({ callerPerMinute: 1 });
    expect((await post(hashed(PERSISTED), { authorization: 'Bearer citizen' })).json.passed).toBe(true);
    const answer = await post({ query: '{ me { id } }' }, { authorization: 'Bearer citizen' });
    expect([answer.status, answer.code]).toEqual([429, 'RATE_LIMITED']);
    // Another caller from the same address still has its own budget (and meets the safelist).
    expect((await post({ query: '{ me { id } }' })).code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('applies the safelist before the token limit: long free text from a first-party channel is PERSISTED_QUERY_NOT_FOUND', async () => {
    const { post } = await guardedApp({ maxTokens: 5 });
    const answer = await post({ query: `{ ${Array.from({ length: 40 }, () => '__typename').join(' ')} }` });
    expect([answer.status, answer.code, answer.message]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND', '不支持的请求，请更新客户端后重试']);
  });

  it('counts the tokens of a persisted document too, and of a partner’s text', async () => {
    const { post } = await guardedApp({ maxTokens: 20 });
    expect((await post(hashed(PERSISTED))).json.passed).toBe(true);
    const big = await post(hashed(BIG_PERSISTED));
    expect([big.status, big.code, big.message]).toEqual([400, 'TOKEN_LIMIT_EXCEEDED', '查询内容过长']);
    const partnerBig = await post({ query: BIG_PERSISTED }, { 'x-api-key': KEY });
    expect(partnerBig.code).toBe('TOKEN_LIMIT_EXCEEDED');
  });

  it('refuses a malformed API key without asking identity, and answers 503 when identity cannot check a well-formed one', async () => {
    const { post, calls } = await guardedApp();
    const malformed = await post({ query: '{ __typename }' }, { 'x-api-key': 'jt_live_short' });
    expect([malformed.status, malformed.code, malformed.json.errors?.[0]?.extensions.reason]).toEqual([401, 'UNAUTHENTICATED', 'API_KEY_INVALID']);
    expect(calls.identity).toBe(0);
    const down = await post({ query: '{ __typename }' }, { 'x-api-key': KEY_IDENTITY_CANNOT_CHECK });
    expect([down.status, down.code, down.message]).toEqual([503, 'SUBGRAPH_UNAVAILABLE', '服务暂不可用，请稍后再试']);
    expect(JSON.stringify(down.json)).not.toContain('partner key resolve failed');
    expect(calls.identity).toBe(1);
  });
});

describe('the guard: safelist resolution', () => {
  it('enforced: a known hash runs its document (and Apollo never sees the APQ extension); an unknown hash, free text or other text with a known hash are refused', async () => {
    const { post } = await guardedApp({ safelistEnforced: true });
    const known = await post(hashed(PERSISTED));
    expect(known.json.passed).toBe(true);
    expect(known.json.body).toEqual({ query: PERSISTED, extensions: {} });

    const unknown = await post(hashed('query Other { me { id } }'));
    expect([unknown.status, unknown.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    expect((await post({ query: PERSISTED })).code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query: '{ me { id name } }', ...hashed(PERSISTED) })).code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // The exact text with its hash is the same request as the hash alone.
    expect((await post({ query: PERSISTED, ...hashed(PERSISTED) })).json.body.query).toBe(PERSISTED);
  });

  it('enforced for first-party channels only: a partner key sends its own documents', async () => {
    const { post } = await guardedApp({ safelistEnforced: true });
    const partner = await post({ query: '{ vehicle(plate: "豫K·A1234") { plate } }' }, { 'x-api-key': KEY });
    expect(partner.json.passed).toBe(true);
    expect(partner.json.caller).toMatchObject({ kind: 'partner', sub: 'p-1', scopes: ['traffic.vehicle:read'], channel: 'partner' });
  });

  it('not enforced: free text and unknown hashes pass as they are, a known hash is still resolved', async () => {
    const { post } = await guardedApp({ safelistEnforced: false });
    expect((await post({ query: '{ me { id name } }' })).json.body).toEqual({ query: '{ me { id name } }' });
    expect((await post(hashed('query Other { me { id } }'))).json.passed).toBe(true);
    expect((await post(hashed(PERSISTED))).json.body.query).toBe(PERSISTED);
  });
});

describe('the guard: rate-limit headers', () => {
  it('answers the tightest of the windows that applied, and both policies', async () => {
    const { post } = await guardedApp({ ipPerMinute: 50, callerPerMinute: 3 });
    const anonymous = await post(hashed(PERSISTED));
    expect(anonymous.header('ratelimit-policy')).toBe('50;w=60');
    expect(anonymous.header('ratelimit')).toMatch(/^limit=50, remaining=49, reset=\d+$/);
    expect(anonymous.header('retry-after')).toBeUndefined();

    const first = await post(hashed(PERSISTED), { authorization: 'Bearer citizen' });
    expect(first.header('ratelimit-policy')).toBe('50;w=60, 3;w=60');
    expect(first.header('ratelimit')).toMatch(/^limit=3, remaining=2, reset=\d+$/);
    await post(hashed(PERSISTED), { authorization: 'Bearer citizen' });
    await post(hashed(PERSISTED), { authorization: 'Bearer citizen' });
    const refused = await post(hashed(PERSISTED), { authorization: 'Bearer citizen' });
    expect(refused.status).toBe(429);
    expect(refused.header('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    expect(Number(refused.header('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.header('retry-after'))).toBeLessThanOrEqual(60);
  });
});
