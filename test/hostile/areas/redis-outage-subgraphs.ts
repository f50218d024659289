import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { buildSubgraph, signCaller, type AnySubgraphDefinition, type StartedSubgraph } from '@jingtong/kit';
import { TcpProxy } from '../../../subgraphs/kit/src/redis/testing/tcp-proxy.js';
import { recordRedisCommands } from '../../kit/reachable.js';
import { TEST_SECRET } from '../../kit/stack.js';
import { createStorage, SERVER_REDIS_URL, type Storage } from '../../kit/storage.js';
import type { HostileArea } from '../hostile-world.js';

const eventually = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * Issue 7 item 4 (subgraphs): with Redis gone every query answered INTERNAL_SERVER_ERROR, slower and
 * slower. Now the cache answers from its in-process tier (commands fail fast, no offline queue), `/readyz`
 * says `degraded` with per-dependency checks, and Redis is used again by itself when it is back. A traffic
 * subgraph of its own is pointed at a cuttable proxy (the shared Redis is never touched), or at a dead port.
 */
export const redisOutageSubgraphs: HostileArea = {
  title: 'Redis outage on a subgraph (item 4)',
  define(world) {
    let proxy: TcpProxy | undefined;
    let subgraph: StartedSubgraph;
    let storage: Storage;
    let url: string;
    let redis: ReturnType<typeof recordRedisCommands>;

    beforeAll(async () => {
      const { traffic } = (await import('@jingtong/traffic/subgraph')) as { traffic: AnySubgraphDefinition };
      storage = createStorage(world.mode);
      let redisUrl: string;
      if (world.mode === 'servers') {
        const target = new URL(SERVER_REDIS_URL);
        proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
        redisUrl = proxy.url;
      } else {
        redisUrl = `redis://127.0.0.1:${await deadPort()}`;
      }
      subgraph = await buildSubgraph(traffic, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        CALLER_SIGNING_SECRET: TEST_SECRET,
        JOBS_POLL_MS: '0',
        ...storage.envFor('traffic'),
        ...traffic.legacy?.(world.stack.legacy.url),
        REDIS_URL: redisUrl,
      });
      await subgraph.app.listen({ port: 0, host: '127.0.0.1' });
      url = `http://127.0.0.1:${(subgraph.app.server.address() as AddressInfo).port}`;
      redis = recordRedisCommands([subgraph.deps]);
    }, 60_000);
    afterAll(async () => {
      await subgraph?.close();
      await proxy?.close();
      await storage?.cleanup();
    });

    /** The `nth` citizen's vehicles, as the gateway asks traffic for them (through the cache). */
    const vehicles = async (nth: number) => {
      const owner = world.stack.legacy.seed.citizensWithVehicles(1)[nth].idNumber;
      const plates = world.stack.legacy.seed.vehiclesByOwner(owner).map((v) => v.plate);
      const body = JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { vehicles { plate } } } }',
        variables: { r: [{ __typename: 'Citizen', id: 'outage-citizen', boundPlates: plates }] },
      });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'citizen', sub: 'outage-citizen', acr: 1, requestId: `outage-${Date.now()}` }, TEST_SECRET, body) },
        body,
      });
      const json = (await res.json()) as { data?: { _entities: Array<{ vehicles: Array<{ plate: string }> }> }; errors?: unknown[] };
      return { status: res.status, json, plates };
    };
    const readyz = async () => {
      const res = await fetch(`${url}/readyz`);
      return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
    };
    const expectAnswered = async (nth: number) => {
      for (let i = 0; i < 3; i++) {
        const r = await vehicles(nth);
        expect(r.status).toBe(200);
        expect(r.json.errors).toBeUndefined();
        expect(r.json.data?._entities[0].vehicles.map((v) => v.plate).sort()).toEqual([...r.plates].sort());
      }
    };
    /**
     * Answers three times over for a citizen not asked about before (a miss in every tier: the in-process one
     * would answer a repeat by itself); how many commands that asked of Redis.
     */
    let asked = 3;
    const commandsToAnswer = async () => {
      const before = redis.sent.length;
      await expectAnswered(asked++);
      return redis.sent.length - before;
    };

    it('keeps answering while Redis is away, without asking it anything, and /readyz says degraded with the checks', async () => {
      expect(redis.clients.length).toBeGreaterThan(0);
      if (proxy) {
        await eventually(async () => (await readyz()).body.status === 'ok');
        // While Redis is there, the answers go through it.
        expect(await commandsToAnswer()).toBeGreaterThan(0);
        await proxy.cut();
      }
      await eventually(async () => redis.clients.every((c) => c.status !== 'ready'));
      // Nothing waits on an absent Redis: it is not asked anything until it is back (a stalled link would hold each command for its timeout).
      expect(await commandsToAnswer()).toBe(0);
      const ready = await readyz();
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'degraded', checks: { database: 'ok', redis: 'down' } });
    });

    it('uses Redis again by itself once it is back', async () => {
      if (!proxy) return; // embedded path: the dead port never comes back
      await proxy.restore();
      await eventually(async () => (await readyz()).body.status === 'ok');
      expect((await readyz()).body.checks).toEqual({ database: 'ok', redis: 'ok' });
      expect(await commandsToAnswer()).toBeGreaterThan(0);
    });
  },
};
