// `npm run bench`: the system as `npm start` runs it (one process per service, default ports), legacy latency
// 50 ± 10 ms; autocannon drives me { vehicles { violations } } (the web's persisted operation) through the gateway
// and the same data directly from the traffic subgraph, at 50 and 500 connections. Not a test: figures side by side.
// BENCH_STORAGE=servers puts the subgraphs on PostgreSQL + Redis (127.0.0.1) instead of PGlite.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { signCaller } from '@jingtong/kit';
import { buildSeed } from '@jingtong/legacy';
import { entryOf, SUBGRAPHS } from '../../subgraphs/registry.js';
import { spawnService, stopAll, waitHealthy } from './services.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const storage = process.env.BENCH_STORAGE === 'servers' ? 'servers' : 'embedded';
const SECRET = 'bench-caller-signing-secret-0123456789abcdef';
const LEGACY = 'http://127.0.0.1:4900';
const GATEWAY = 'http://127.0.0.1:4000/graphql';
const TRAFFIC = 'http://127.0.0.1:4002/graphql';

const manifest = JSON.parse(readFileSync(new URL('../../web/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const persisted = (name: string) => {
  const [hash, query] = Object.entries(manifest).find(([, doc]) => doc.includes(` ${name}`))!;
  return { hash, query };
};

const dataDir = mkdtempSync(join(tmpdir(), 'jingtong-bench-'));
const run = `bench${Date.now().toString(36)}`;
const storageEnv = (name: string): Record<string, string> =>
  storage === 'servers'
    ? { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_SCHEMA: `${run}_${name}` }
    : { DATA_DIR: dataDir };
const common = { NODE_ENV: 'development', CALLER_SIGNING_SECRET: SECRET, LEGACY_MAX_IN_FLIGHT: '256', DEMO_OFFICERS: 'off' };

const children = [
  spawnService('legacy/src/main.ts', { LEGACY_TRAFFIC_LATENCY_MS: '50', LEGACY_TRAFFIC_JITTER_MS: '10', LEGACY_POPULATION_LATENCY_MS: '50', LEGACY_POPULATION_JITTER_MS: '10' }),
];
try {
  await waitHealthy(`${LEGACY}/__legacy/health`);
  for (const s of SUBGRAPHS) children.push(spawnService(entryOf(s.name), { ...common, ...storageEnv(s.name) }));
  for (const s of SUBGRAPHS) await waitHealthy(`http://127.0.0.1:${s.port}/healthz`);
  children.push(
    spawnService('gateway/src/index.ts', {
      ...common,
      RATE_LIMIT_CALLER_PER_MINUTE: '10000000',
      RATE_LIMIT_IP_PER_MINUTE: '10000000',
      ...(storage === 'servers' ? { REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_PREFIX: `jt:rl:${run}` } : {}),
    }),
  );
  await waitHealthy('http://127.0.0.1:4000/healthz');

  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })).json() as Promise<any>;
  const stats = async () => (await (await fetch(`${LEGACY}/__legacy/stats`)).json()) as Record<string, Record<string, number>>;
  const ops = (s: Record<string, Record<string, number>>) =>
    Object.entries(s.traffic ?? {}).filter(([op]) => op !== 'serverHander').reduce((n, [, c]) => n + c, 0);

  const demo = buildSeed().demoCitizen();
  const signIn = persisted('DevSignIn');
  const signedIn = await post(GATEWAY, { variables: { idNumber: demo.idNumber }, extensions: { persistedQuery: { version: 1, sha256Hash: signIn.hash } } });
  const token = signedIn.data.devSignIn.token as string;
  const me = persisted('MyVehiclesAndViolations');
  const gatewayBody = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: me.hash } } });
  const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  // Legacy calls per query, cold then warm.
  let before = ops(await stats());
  const first = await post(GATEWAY, JSON.parse(gatewayBody), { authorization: `Bearer ${token}` });
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const coldCalls = ops(await stats()) - before;
  before = ops(await stats());
  await post(GATEWAY, JSON.parse(gatewayBody), { authorization: `Bearer ${token}` });
  const warmCalls = ops(await stats()) - before;
  const vehicles = first.data.me.vehicles as Array<{ plate: string }>;

  // The same data straight from the traffic subgraph, as the gateway's second fetch asks for it.
  const citizenId = (await post(GATEWAY, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` })).data?.me?.id;
  const directBody = JSON.stringify({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { vehicles { brand color inspectionDue model newEnergy plate violations { agency behavior fineYuan id occurredAt place points status } } } } }`,
    variables: { r: [{ __typename: 'Citizen', id: citizenId ?? 'x', boundPlates: vehicles.map((v) => v.plate) }] },
  });
  const directHeaders = () => ({ 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'citizen', sub: citizenId ?? 'x', acr: 1, requestId: 'bench-direct' }, SECRET) });

  const load = (target: 'gateway' | 'direct', connections: number): Promise<Result> =>
    autocannon({
      url: target === 'gateway' ? GATEWAY : TRAFFIC,
      method: 'POST',
      connections,
      duration: DURATION_S,
      headers: target === 'gateway' ? gatewayHeaders : directHeaders(),
      body: target === 'gateway' ? gatewayBody : directBody,
    });

  const rows: Array<Record<string, string | number>> = [];
  for (const connections of [50, 500]) {
    for (const target of ['gateway', 'direct'] as const) {
      const legacyBefore = ops(await stats());
      const r = await load(target, connections);
      rows.push({
        target,
        connections,
        'req/s': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        errors: r.errors + r.non2xx + r.timeouts,
        requests: r.requests.total,
        'legacy calls': ops(await stats()) - legacyBefore,
      });
    }
  }

  console.log(`\njingtong bench (${storage}, one process per service) — ${new Date().toISOString()} — ${DURATION_S}s per run, legacy latency 50±10 ms, citizen with ${vehicles.length} bound vehicles`);
  console.log(`legacy calls per query (traffic platform business operations): cold ${coldCalls}, warm ${warmCalls}`);
  console.table(rows);
  for (const c of [50, 500]) {
    const g = rows.find((r) => r.target === 'gateway' && r.connections === c)!;
    const d = rows.find((r) => r.target === 'direct' && r.connections === c)!;
    console.log(`${c} connections: gateway/direct throughput ratio ${(Number(g['req/s']) / Number(d['req/s'])).toFixed(2)}`);
  }
} finally {
  await stopAll(children.reverse());
  rmSync(dataDir, { recursive: true, force: true });
}
