// `npm run bench`: gateway vs direct subgraph on me { vehicles { violations } }, 50 and 500 connections,
// legacy latency 50 ms. Not a test: it prints figures side by side from one run.
import autocannon, { type Result } from 'autocannon';
import { signCaller } from '@jingtong/kit';
import { startStack, TEST_SECRET } from '../kit/stack.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const QUERY = `query { me { vehicles { plate violations { id points fineYuan status } } } }`;

const stack = await startStack({ mode: 'embedded', env: { LEGACY_MAX_IN_FLIGHT: '256' } });
stack.legacy.setFaults({ system: 'traffic', latencyMs: 50, jitterMs: 10 });
stack.legacy.setFaults({ system: 'population', latencyMs: 50, jitterMs: 10 });

const demo = stack.legacy.seed.demoCitizen();
const token = await stack.signIn(demo.idNumber);
const me = (await stack.graphql(`{ me { id } }`, {}, token)).body.data.me.id as string;
const vehicleCount = stack.legacy.seed.vehiclesByOwner(demo.idNumber).length;

// Legacy calls per query, cold then warm.
const ops = (s: Record<string, Record<string, number>>) => (s.traffic?.queryVehiclesByPlates ?? 0) + (s.traffic?.queryViolationsByPlates ?? 0);
let before = ops(stack.legacy.stats());
await stack.graphql(QUERY, {}, token);
const coldCalls = ops(stack.legacy.stats()) - before;
before = ops(stack.legacy.stats());
await stack.graphql(QUERY, {}, token);
const warmCalls = ops(stack.legacy.stats()) - before;

const direct = {
  url: stack.subgraphUrls.traffic,
  body: JSON.stringify({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { vehicles { plate violations { id points fineYuan status } } } } }`,
    // What the gateway sends traffic: the citizen and the plates bound in identity (devSignIn bound the demo fleet).
    variables: { r: [{ __typename: 'Citizen', id: me, boundPlates: stack.legacy.seed.vehiclesByOwner(demo.idNumber).map((v) => v.plate) }] },
  }),
};

async function load(target: 'gateway' | 'direct', connections: number): Promise<Result> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target === 'gateway') {
    headers.authorization = `Bearer ${token}`;
    headers['apollo-require-preflight'] = 'true';
  }
  return autocannon({
    url: target === 'gateway' ? stack.gatewayUrl : direct.url,
    method: 'POST',
    connections,
    duration: DURATION_S,
    headers,
    body: target === 'gateway' ? JSON.stringify({ query: QUERY }) : direct.body,
    // Direct calls need a fresh signature (they expire after 60 s): sign per request.
    setupClient:
      target === 'direct'
        ? (client) => client.setHeaders({ ...headers, 'x-jt-caller': signCaller({ kind: 'citizen', sub: me, acr: 1, requestId: 'bench-direct' }, TEST_SECRET) })
        : undefined,
  });
}

const rows: Array<Record<string, string | number>> = [];
for (const connections of [50, 500]) {
  for (const target of ['gateway', 'direct'] as const) {
    const legacyBefore = ops(stack.legacy.stats());
    const r = await load(target, connections);
    rows.push({
      target,
      connections,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx + r.timeouts,
      requests: r.requests.total,
      'legacy calls': ops(stack.legacy.stats()) - legacyBefore,
    });
  }
}

console.log(`\njingtong bench — ${new Date().toISOString()} — ${DURATION_S}s per run, legacy latency 50±10 ms, citizen with ${vehicleCount} vehicles`);
console.log(`legacy calls per query (traffic platform): cold ${coldCalls}, warm ${warmCalls}`);
console.table(rows);
for (const c of [50, 500]) {
  const g = rows.find((r) => r.target === 'gateway' && r.connections === c)!;
  const d = rows.find((r) => r.target === 'direct' && r.connections === c)!;
  console.log(`${c} connections: gateway/direct throughput ratio ${(Number(g['req/s']) / Number(d['req/s'])).toFixed(2)}`);
}
await stack.close();
process.exit(0);
