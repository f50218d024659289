// Warm runs: autocannon (closed loop, N connections) against one target, every request with its own request
// id, every answer compared with the expected body; CPU of each process read before and after.
import autocannon from 'autocannon';
import { sampleValue } from '@jingtong/kit';
import { SUBGRAPHS } from '../../subgraphs/registry.js';
import { config, withinBudget, type Target } from './config.js';
import { cpuPerRequest, ForeignLoad, snapshotCpu, waitForQuiet } from './cpu.js';
import { cpus } from 'node:os';
import { LEGACY, subgraphUrl } from './stack.js';
import type { Service } from './services.js';

export interface TargetRequest {
  url: string;
  /** Asked for every request (a direct target signs each one: a subgraph answers a signed header once). */
  headers: () => Record<string, string>;
  body: string;
  /** The exact answer every request must get (warm data does not change). */
  expectBody: string;
}

export interface WarmRow {
  target: Target;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx, socket errors, timeouts and answers other than the expected one. */
  errors: number;
  legacyCalls: number;
  /** Subgraph /graphql requests per answered request (1 each: nothing merged, nothing repeated). */
  fetches: Record<string, number>;
  cpuMsPerRequest: Record<string, number>;
  /** Share of the machine's CPU used by processes outside the bench during the run. */
  foreignLoad: number;
}

const stats = async () => (await (await fetch(`${LEGACY}/__legacy/stats`)).json()) as Record<string, Record<string, number>>;
/** Every legacy system's business calls so far, by system (the stand-ins' counters). */
export const legacyCallsBySystem = async (): Promise<Record<string, number>> =>
  Object.fromEntries(Object.entries(await stats()).map(([system, ops]) => [system, Object.entries(ops).filter(([op]) => op !== 'serverHander').reduce((n, [, c]) => n + c, 0)]));
/** The traffic platform's business operations (what the cache is there to spare). */
export const trafficCalls = (s: Record<string, Record<string, number>>) =>
  Object.entries(s.traffic ?? {}).filter(([op]) => op !== 'serverHander').reduce((n, [, c]) => n + c, 0);
export const legacyTrafficCalls = async () => trafficCalls(await stats());
export const allLegacyCalls = async () =>
  Object.values(await stats()).reduce((n, ops) => n + Object.entries(ops).filter(([op]) => op !== 'serverHander').reduce((m, [, c]) => m + c, 0), 0);

export async function subgraphRequests(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    SUBGRAPHS.map(async (s) => [s.name, sampleValue(await (await fetch(`${subgraphUrl(s.name)}/metrics`)).text(), 'jingtong_graphql_requests_total')] as const),
  );
  return Object.fromEntries(entries);
}

let runCounter = 0;

function cannon(request: TargetRequest, connections: number, durationS: number) {
  const prefix = `bench-${Date.now().toString(36)}-${++runCounter}-`;
  let n = 0;
  // Headers per request: a direct target's signed caller header is good for one request (its nonce).
  const headers = request.headers();
  const options: autocannon.Options & { verifyBody: (body: string) => boolean } = {
    url: request.url,
    connections,
    duration: durationS,
    // (autocannon's expectBody does the same, but not together with `requests`.)
    verifyBody: (body) => body === request.expectBody,
    requests: [
      {
        method: 'POST',
        headers,
        body: request.body,
        // A unique request id per request, so that no gateway can merge in-flight fetches of identical requests.
        setupRequest: (req) => ({ ...req, headers: { ...request.headers(), 'x-request-id': `${prefix}${++n}` } }),
      },
    ],
  };
  return autocannon(options);
}

/**
 * `processes`: the target's own process (if any) and every backend process whose CPU the run costs;
 * `everyone`: every process the bench started (the rest of the machine's load is someone else's).
 */
export async function warmRun(target: Target, request: TargetRequest, connections: number, processes: readonly Service[], everyone: readonly Service[]): Promise<WarmRow> {
  if (config.quietWaitS > 0 && withinBudget()) await waitForQuiet(everyone, cpus().length, config.quietShare, config.quietWaitS);
  if (config.warmupS > 0) await cannon(request, Math.min(connections, 50), config.warmupS);
  const legacyBefore = await legacyTrafficCalls();
  const fetchesBefore = await subgraphRequests();
  const cpuBefore = snapshotCpu(processes);
  const foreign = new ForeignLoad(everyone);
  const r = await cannon(request, connections, config.durationS);
  const cpuAfter = snapshotCpu(processes);
  const foreignLoad = foreign.share(cpus().length);
  const fetchesAfter = await subgraphRequests();
  const answered = r.requests.total;
  return {
    target,
    connections,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: answered,
    errors: r.errors + r.non2xx + r.timeouts + r.mismatches,
    legacyCalls: (await legacyTrafficCalls()) - legacyBefore,
    fetches: Object.fromEntries(Object.keys(fetchesAfter).map((k) => [k, answered ? (fetchesAfter[k]! - fetchesBefore[k]!) / answered : NaN])),
    cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuAfter, answered),
    foreignLoad,
  };
}
