import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import { TEST_SECRET } from '../../kit/stack.js';
import type { HostileArea } from '../hostile-world.js';

/** A subgraph whose process answers (`/healthz`) while its database does not (`/readyz` 503), as the kit reports it. */
async function subgraphWithoutDatabase(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/healthz') return res.end(JSON.stringify({ status: 'ok', service: 'traffic' }));
    if (req.url === '/readyz') {
      res.statusCode = 503;
      return res.end(JSON.stringify({ status: 'not-ready', service: 'traffic' }));
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/** Issue 7 item 13: the gateway's /readyz reports each subgraph's readiness (database up), /healthz stays liveness. */
export const gatewayReadiness: HostileArea = {
  title: 'gateway readiness (issue 7 item 13)',
  define(world) {
    const gatewayFor = async (subgraphUrls: Record<string, string>) => {
      const env = loadGatewayEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        CALLER_SIGNING_SECRET: TEST_SECRET,
        JWKS_URL: `${world.stack.identityUrl}/.well-known/jwks.json`,
        IDENTITY_INTERNAL_URL: world.stack.identityUrl,
      });
      const app = await createGateway({ env, subgraphUrls });
      await app.listen({ port: 0, host: '127.0.0.1' });
      return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
    };

    it('names every subgraph ready on the running stack', async () => {
      const base = world.stack.gatewayUrl.replace(/\/graphql$/, '');
      const res = await fetch(`${base}/readyz`);
      const body = (await res.json()) as { status: string; dependencies: { redis: string; subgraphs: Record<string, string> } };
      expect(res.status).toBe(200);
      expect(body.status).toBe('ready');
      expect(Object.keys(body.dependencies.subgraphs).sort()).toEqual(Object.keys(world.stack.subgraphUrls).sort());
      expect(Object.values(body.dependencies.subgraphs).every((s) => s === 'ready')).toBe(true);
      expect(body.dependencies.redis).toBe(world.mode === 'servers' ? 'ok' : 'none');
    });

    it('a subgraph that is alive but not ready (its database down) makes /readyz 503 while /healthz stays 200', async () => {
      const broken = await subgraphWithoutDatabase();
      const { app, base } = await gatewayFor({ ...world.stack.subgraphUrls, traffic: broken.url });
      try {
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        const res = await fetch(`${base}/readyz`);
        expect(res.status).toBe(503);
        const body = (await res.json()) as { status: string; dependencies: { subgraphs: Record<string, string> } };
        expect(body.status).toBe('not-ready');
        expect(body.dependencies.subgraphs.traffic).toBe('not-ready');
        expect(body.dependencies.subgraphs.identity).toBe('ready');
      } finally {
        await app.close();
        await new Promise<void>((resolve) => broken.server.close(() => resolve()));
      }
    });
  },
};
