import { createServer, type AddressInfo } from 'node:net';
import { SERVER_REDIS_URL } from '../../kit/storage.js';
import type { HostileArea } from '../hostile-world.js';
import { startCuttableProxy } from './cuttable-tcp-proxy.js';

const readyzOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/readyz');

async function ask(url: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code };
}

async function readiness(url: string) {
  const res = await fetch(readyzOf(url));
  return { status: res.status, body: (await res.json()) as { status: string; dependencies: { redis: string; subgraphs: Record<string, string> } } };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Issue 7 item 4 (gateway): Redis down must not fail requests; limits count in-process; /readyz says degraded; recovery is automatic. */
export const redisOutage: HostileArea = {
  title: 'Redis outage at the gateway (issue 7 item 4)',
  define(world) {
    it('with nothing listening at REDIS_URL, requests are answered, limits still count, /readyz is degraded', async () => {
      // A port that was free a moment ago: nothing listens there.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address() as AddressInfo;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      const gateway = await world.stack.extraGateway({ REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_IP_PER_MINUTE: '5' });
      try {
        const answers = [];
        for (let i = 0; i < 6; i++) answers.push(await ask(gateway.url));
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
        expect(answers[5]!.code).toBe('RATE_LIMITED');
        const ready = await readiness(gateway.url);
        expect(ready.status).toBe(200);
        expect(ready.body.status).toBe('degraded');
        expect(ready.body.dependencies.redis).toBe('down');
      } finally {
        await gateway.close();
      }
    });

    if (world.mode !== 'servers') return;

    it('Redis cut while serving: answered from in-process counters, then shared again once Redis is back', async () => {
      const redis = new URL(SERVER_REDIS_URL);
      const proxy = await startCuttableProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
      const gateway = await world.stack.extraGateway({ REDIS_URL: proxy.url, RATE_LIMIT_IP_PER_MINUTE: '5' });
      try {
        const up = await until(() => readiness(gateway.url), (r) => r.body.dependencies.redis === 'ok');
        expect(up.body).toMatchObject({ status: 'ready', dependencies: { redis: 'ok' } });
        // Two points spent in Redis.
        expect([(await ask(gateway.url)).status, (await ask(gateway.url)).status]).toEqual([200, 200]);

        proxy.cut();
        // In-process counters start from nothing: five more answers, then the limit, never a 500.
        const during = [];
        for (let i = 0; i < 6; i++) during.push((await ask(gateway.url)).status);
        expect(during).toEqual([200, 200, 200, 200, 200, 429]);
        const down = await readiness(gateway.url);
        expect([down.status, down.body.status, down.body.dependencies.redis]).toEqual([200, 'degraded', 'down']);

        proxy.restore();
        const back = await until(() => readiness(gateway.url), (r) => r.body.dependencies.redis === 'ok');
        expect(back.body.status).toBe('ready');
        // The shared window again: it still holds the two points spent before the cut.
        const after = [];
        for (let i = 0; i < 4; i++) after.push((await ask(gateway.url)).status);
        expect(after).toEqual([200, 200, 200, 429]);
      } finally {
        await gateway.close();
        await proxy.close();
      }
    });
  },
};
