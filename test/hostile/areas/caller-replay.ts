import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import { bodyDigest, buildSubgraph, signCaller, type AnySubgraphDefinition, type StartedSubgraph } from '@jingtong/kit';
import { traffic as trafficDefinition } from '@jingtong/traffic/subgraph';
import { TEST_SECRET } from '../../kit/stack.js';
import { createStorage, type Storage } from '../../kit/storage.js';
import type { HostileArea } from '../hostile-world.js';

interface Captured {
  subgraph: string;
  header: string;
  body: string;
}

/** Sits between a gateway and one subgraph, forwarding everything and keeping what the gateway sent. */
async function recordingProxy(subgraph: string, target: string, captured: Captured[]): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    captured.push({ subgraph, header: String(req.headers['x-jt-caller'] ?? ''), body });
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<string, string>;
    const upstream = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/**
 * Issue 7 item 12: a signed caller header could be replayed for 60 s with any body (another citizen's
 * representations, a mutation). Now each subgraph fetch is signed over its own body (sha256 in the HMAC),
 * a header is good for 10 s, and only once: it carries a nonce that the subgraphs remember for its
 * lifetime (Redis, shared by replicas; in-process without it).
 */
export const callerReplay: HostileArea = {
  title: 'replaying a signed caller header (item 12)',
  define(world) {
    const captured: Captured[] = [];
    let gatewayUrl: string;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const { stack } = world;
      const proxies = await Promise.all(Object.entries(stack.subgraphUrls).map(([name, url]) => recordingProxy(name, url, captured)));
      const names = Object.keys(stack.subgraphUrls);
      const gateway = await createGateway({
        env: loadGatewayEnv({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          CALLER_SIGNING_SECRET: TEST_SECRET,
          JWKS_URL: `${stack.identityUrl}/.well-known/jwks.json`,
          IDENTITY_INTERNAL_URL: stack.identityUrl,
          SAFELIST_ENFORCE: 'false',
          RATE_LIMIT_PREFIX: `jt:rl:replay:${Date.now()}`,
          RATE_LIMIT_IP_PER_MINUTE: '100000',
          RATE_LIMIT_CALLER_PER_MINUTE: '100000',
        }),
        subgraphUrls: Object.fromEntries(names.map((name, i) => [name, proxies[i].url])),
      });
      await gateway.listen({ port: 0, host: '127.0.0.1' });
      gatewayUrl = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/graphql`;
      close = async () => {
        await gateway.close();
        for (const p of proxies) await new Promise<void>((resolve) => p.server.close(() => resolve()));
      };
    }, 60_000);
    afterAll(async () => {
      await close?.();
    });

    const victimTraffic = async () => {
      captured.length = 0;
      const idNumber = world.stack.legacy.seed.citizensWithVehicles(1)[0].idNumber;
      const token = await world.stack.signIn(idNumber);
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { name vehicles { plate } } }' }),
      });
      expect(res.status).toBe(200);
      const fetches = [...captured];
      const traffic = fetches.find((c) => c.subgraph === 'traffic');
      if (!traffic) throw new Error(`no traffic fetch captured: ${JSON.stringify(fetches.map((c) => c.subgraph))}`);
      return { fetches, traffic };
    };

    it('signs each subgraph fetch over its own body', async () => {
      const { fetches } = await victimTraffic();
      expect(fetches.length).toBeGreaterThanOrEqual(2);
      for (const f of fetches) expect(f.header.split('.')[1]).toBe(bodyDigest(f.body));
      expect(new Set(fetches.map((f) => f.header)).size).toBe(fetches.length);
    });

    it('refuses a captured header replayed with another body (other representations, another query)', async () => {
      const { traffic } = await victimTraffic();
      const parsed = JSON.parse(traffic.body) as { query: string; variables?: Record<string, unknown> };
      const send = (body: string) =>
        fetch(world.stack.subgraphUrls.traffic, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': traffic.header }, body });
      // Someone else's vehicles: the representations the gateway would have sent for another citizen.
      const other = world.stack.legacy.seed.citizensWithVehicles(2)[1].idNumber;
      const plates = world.stack.legacy.seed.vehiclesByOwner(other).map((v) => v.plate);
      const forgedVariables = JSON.stringify({ ...parsed, variables: { ...parsed.variables, representations: [{ __typename: 'Citizen', id: 'someone-else', boundPlates: plates }] } });
      for (const body of [forgedVariables, JSON.stringify({ query: '{ _service { sdl } }' }), `${traffic.body} `]) {
        const res = await send(body);
        expect(res.status).toBe(401);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
      }
    });

    it('refuses an identical replay of a captured fetch within its 10 seconds, whichever subgraph it went to', async () => {
      const { fetches } = await victimTraffic();
      for (const fetched of fetches) {
        // The gateway's fetch went through (the proxy forwarded it); the same bytes again do not.
        const res = await fetch(world.stack.subgraphUrls[fetched.subgraph as keyof typeof world.stack.subgraphUrls], {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-jt-caller': fetched.header },
          body: fetched.body,
        });
        expect(res.status).toBe(401);
        const answer = (await res.json()) as any;
        expect(answer.errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
        expect(answer.data).toBeNull();
      }
      if (world.mode === 'servers') {
        // Sent to another subgraph instead, the header is spent there too: one key space in Redis for all of them.
        const traffic = fetches.find((f) => f.subgraph === 'traffic')!;
        const elsewhere = await fetch(world.stack.subgraphUrls.identity, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': traffic.header }, body: traffic.body });
        expect(elsewhere.status).toBe(401);
      }
      // The victim's next request is signed anew and answered.
      expect((await victimTraffic()).fetches.length).toBeGreaterThanOrEqual(2);
    });

    // Replicas share Redis on the servers path; the embedded path has no Redis and runs one process.
    const replicated = world.mode === 'servers';
    (replicated ? describe : () => undefined)('with a second replica of traffic', () => {
      let storage: Storage;
      let replica: StartedSubgraph;
      let replicaUrl: string;
      beforeAll(async () => {
        storage = createStorage(world.mode);
        await storage.prepare();
        replica = await buildSubgraph(trafficDefinition as AnySubgraphDefinition, {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          HOST: '127.0.0.1',
          CALLER_SIGNING_SECRET: TEST_SECRET,
          JOBS_POLL_MS: '0',
          ...storage.envFor('traffic_replica'),
          ...(trafficDefinition as AnySubgraphDefinition).legacy?.(world.stack.legacy.url),
        });
        await replica.app.listen({ port: 0, host: '127.0.0.1' });
        replicaUrl = `http://127.0.0.1:${(replica.app.server.address() as AddressInfo).port}/graphql`;
      }, 120_000);
      afterAll(async () => {
        await replica?.close();
        await storage?.cleanup();
      });

      it('refuses at one replica the fetch another replica already answered (nonces in Redis)', async () => {
        const { traffic } = await victimTraffic();
        const res = await fetch(replicaUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': traffic.header }, body: traffic.body });
        expect(res.status).toBe(401);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe('CALLER_SIGNATURE_INVALID');
        // A freshly signed request: the replica answers it (it is a replica, not a wall).
        const fresh = signCaller({ kind: 'anonymous', requestId: 'replay-replica', channel: 'direct' }, TEST_SECRET, JSON.stringify({ query: '{ __typename }' }));
        expect((await fetch(replicaUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': fresh }, body: JSON.stringify({ query: '{ __typename }' }) })).status).toBe(200);
      });
    });

    it('refuses a header older than 10 seconds, even with its own body', async () => {
      const body = JSON.stringify({ query: '{ __typename }' });
      const header = signCaller({ kind: 'anonymous', requestId: 'replay-old', channel: 'direct' }, TEST_SECRET, body, Date.now() - 12_000);
      for (const url of Object.values(world.stack.subgraphUrls)) {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': header }, body });
        expect(res.status).toBe(401);
      }
      const fresh = signCaller({ kind: 'anonymous', requestId: 'replay-fresh', channel: 'direct' }, TEST_SECRET, body);
      expect((await fetch(world.stack.subgraphUrls.traffic, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': fresh }, body })).status).toBe(200);
    });

    it('binds identity’s internal routes to their body too, and answers each signature once', async () => {
      const body = JSON.stringify({ key: 'jt_unknown_key_0123456789' });
      const resolve = (header: string) =>
        fetch(`${world.stack.identityUrl}/internal/partner-keys/resolve`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': header }, body });
      const other = signCaller({ kind: 'anonymous', requestId: 'replay-internal', channel: 'direct' }, TEST_SECRET, JSON.stringify({ key: 'another' }));
      const refused = await resolve(other);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ ok: false, code: 'CALLER_SIGNATURE_INVALID' });
      // Signed over this body: the route answers (404: no such key), once.
      const header = signCaller({ kind: 'anonymous', requestId: 'replay-internal-2', channel: 'direct' }, TEST_SECRET, body);
      expect((await resolve(header)).status).toBe(404);
      const again = await resolve(header);
      expect(again.status).toBe(401);
      expect(await again.json()).toEqual({ ok: false, code: 'CALLER_SIGNATURE_INVALID' });
    });
  },
};
