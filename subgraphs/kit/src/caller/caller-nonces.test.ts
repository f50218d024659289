import { randomBytes } from 'node:crypto';
import { createResilientRedis } from '../redis/resilient-redis.js';
import { TcpProxy } from '../redis/testing/tcp-proxy.js';
import { MemoryShortLivedStore } from '../store/memory-short-lived-store.js';
import { RedisShortLivedStore } from '../store/redis-short-lived-store.js';
import { CALLER_NONCE_TTL_MS, CallerNonces, verifyCallerOnce } from './caller-nonces.js';
import { bodyDigest, CALLER_MAX_SKEW_SECONDS, signCaller } from './signed-header.js';

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const secret = 'a-test-secret-that-is-long-enough-123';
const body = JSON.stringify({ query: '{ me { id } }' });
const caller = { kind: 'citizen' as const, sub: 'c-1', acr: 1, requestId: 'r-nonce' };
const eventually = async (check: () => boolean, timeoutMs = 8_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Two replicas of one subgraph, each with its own connection to the one Redis (ready before use: until then the fallback answers). */
async function redisReplicas(prefix: string): Promise<CallerNonces[]> {
  const connections = [0, 1].map(() => createResilientRedis(REDIS.href));
  await Promise.all(connections.map((redis) => new Promise((resolve) => redis.once('ready', resolve))));
  return connections.map((redis) => new CallerNonces(new RedisShortLivedStore(REDIS.href, prefix, redis)));
}

describe('caller nonces: an identical signed request is accepted once within its window', () => {
  it('remembers a nonce for as long as its header could still be accepted', () => {
    expect(CALLER_NONCE_TTL_MS).toBeGreaterThanOrEqual(2 * CALLER_MAX_SKEW_SECONDS * 1000);
  });

  describe.each(['memory', 'redis'] as const)('%s', (kind) => {
    let nodes: CallerNonces[];
    beforeAll(async () => {
      nodes = kind === 'memory' ? [new CallerNonces(new MemoryShortLivedStore())] : await redisReplicas(`jt:test:nonce:${randomBytes(4).toString('hex')}:`);
    });
    afterAll(async () => {
      for (const n of nodes) await n.close();
    });

    it('accepts a signed header once and refuses the identical replay', async () => {
      const [nonces] = nodes;
      const header = signCaller(caller, secret, body);
      expect(await verifyCallerOnce(header, secret, bodyDigest(body), nonces)).toMatchObject({ ok: true, caller: { sub: 'c-1' } });
      expect(await verifyCallerOnce(header, secret, bodyDigest(body), nonces)).toEqual({ ok: false, reason: 'replayed' });
      // A new signature of the same caller over the same body (a retry by the gateway) is a new request.
      expect((await verifyCallerOnce(signCaller(caller, secret, body), secret, bodyDigest(body), nonces)).ok).toBe(true);
    });

    it('lets exactly one of many concurrent identical requests through', async () => {
      const header = signCaller(caller, secret, body);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCallerOnce(header, secret, bodyDigest(body), nodes[i % nodes.length])));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'replayed')).toHaveLength(19);
    });

    it('spends no nonce on a header that fails its other checks', async () => {
      const header = signCaller(caller, secret, body);
      expect(await verifyCallerOnce(header, secret, bodyDigest('{}'), nodes[0])).toEqual({ ok: false, reason: 'body-mismatch' });
      expect((await verifyCallerOnce(header, secret, bodyDigest(body), nodes[0])).ok).toBe(true);
    });

    if (kind === 'redis') {
      it('refuses the replay at the other replica (Redis shared)', async () => {
        const [a, b] = nodes;
        const header = signCaller(caller, secret, body);
        expect((await verifyCallerOnce(header, secret, bodyDigest(body), a)).ok).toBe(true);
        expect(await verifyCallerOnce(header, secret, bodyDigest(body), b)).toEqual({ ok: false, reason: 'replayed' });
      });
    }
  });

  it('still refuses a replay (within the process) while Redis is down', async () => {
    const proxy = await TcpProxy.start({ host: REDIS.hostname, port: Number(REDIS.port || 6379) });
    const redis = createResilientRedis(proxy.url);
    const nonces = new CallerNonces(new RedisShortLivedStore(proxy.url, `jt:test:nonce-outage:${randomBytes(4).toString('hex')}:`, redis));
    try {
      await eventually(() => redis.status === 'ready');
      await proxy.cut();
      await eventually(() => redis.status !== 'ready');
      const header = signCaller(caller, secret, body);
      expect((await verifyCallerOnce(header, secret, bodyDigest(body), nonces)).ok).toBe(true);
      expect(await verifyCallerOnce(header, secret, bodyDigest(body), nonces)).toEqual({ ok: false, reason: 'replayed' });
    } finally {
      await nonces.close();
      await proxy.close();
    }
  });
});
