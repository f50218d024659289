// Cold runs: distinct seeded citizens, each signed in first (devSignIn binds their vehicles), each asking
// MyVehiclesAndViolations once, at a fixed arrival rate (open loop). Nothing of theirs is cached anywhere yet,
// so every answer waits for two legacy waves (vehicles by plates, then violations by plates): the floor.
import { sampleValue } from '@jingtong/kit';
import { buildSeed } from '@jingtong/legacy';
import { config, withinBudget } from './config.js';
import { cpus } from 'node:os';
import { cpuPerRequest, ForeignLoad, snapshotCpu, waitForQuiet } from './cpu.js';
import { openLoop, type OpenLoopRequest, type OpenLoopResult } from './open-loop.js';
import { GATEWAY, subgraphUrl } from './stack.js';
import type { Service } from './services.js';
import { allLegacyCalls, legacyTrafficCalls } from './warm.js';

export interface ColdCitizen {
  idNumber: string;
  token: string;
  vehicles: number;
}

export interface ColdRow extends OpenLoopResult {
  floorMs: number;
  /** Traffic platform business calls per answered query (the goal: 2), and every legacy call per query. */
  legacyCallsPerQuery: number;
  allLegacyCallsPerQuery: number;
  cpuMsPerRequest: Record<string, number>;
  /** Share of the machine's CPU used by processes outside the bench during the run. */
  foreignLoad: number;
}

export interface Persisted {
  hash: string;
  query: string;
}

const persistedBody = (hash: string, variables?: Record<string, unknown>) => JSON.stringify({ ...(variables ? { variables } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

/** Seeded persons with at least one vehicle, not the demo citizen (warm) and not on the wanted list (alerts). */
export function coldCandidates(count: number): Array<{ idNumber: string; vehicles: number }> {
  const seed = buildSeed();
  const skip = new Set([seed.demoCitizen().idNumber, ...seed.fugitives()]);
  return seed
    .citizensWithVehicles(1)
    .filter((p) => !skip.has(p.idNumber))
    .slice(0, count)
    .map((p) => ({ idNumber: p.idNumber, vehicles: seed.vehiclesByOwner(p.idNumber).length }));
}

/** Signs every candidate in through the gateway (the persisted DevSignIn), a few at a time. */
export async function signInAll(candidates: ReadonlyArray<{ idNumber: string; vehicles: number }>, signIn: Persisted): Promise<ColdCitizen[]> {
  const out: ColdCitizen[] = new Array(candidates.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < candidates.length; i = next++) {
      const c = candidates[i]!;
      const res = await fetch(GATEWAY, { method: 'POST', headers: { 'content-type': 'application/json' }, body: persistedBody(signIn.hash, { idNumber: c.idNumber }) });
      const json = (await res.json()) as { data?: { devSignIn?: { token?: string } }; errors?: unknown };
      const token = json.data?.devSignIn?.token;
      if (!token) throw new Error(`devSignIn failed for a seeded citizen: ${JSON.stringify(json).slice(0, 300)}`);
      out[i] = { idNumber: c.idNumber, token, vehicles: c.vehicles };
    }
  };
  await Promise.all(Array.from({ length: config.signInConcurrency }, worker));
  return out;
}

/**
 * Sign-ins enqueue identity's fugitive screening: let its workers finish before measuring anything. Pending
 * jobs include recurring ones due later, so "drained" is: nothing running, nothing overdue and no legacy call
 * since the last look, twice in a row.
 */
export async function waitForIdentityJobs(timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let calls = await allLegacyCalls();
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 500));
    const text = await (await fetch(`${subgraphUrl('identity')}/metrics`)).text();
    const now = await allLegacyCalls();
    const busy = sampleValue(text, 'jingtong_jobs', { state: 'running' }) + sampleValue(text, 'jingtong_jobs_oldest_due_seconds') + (now - calls);
    calls = now;
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= 2) return Date.now() - started;
  }
  throw new Error('identity jobs did not drain');
}

export async function coldRun(rate: number, citizens: readonly ColdCitizen[], me: Persisted, processes: readonly Service[], everyone: readonly Service[]): Promise<ColdRow> {
  const body = persistedBody(me.hash);
  const requests: OpenLoopRequest[] = citizens.map((c, i) => ({
    headers: { authorization: `Bearer ${c.token}`, 'x-request-id': `bench-cold-${rate}-${i}` },
    body,
    check: (status, json) => {
      const r = json as { data?: { me?: { vehicles?: unknown[] } }; errors?: Array<{ extensions?: { code?: string } }> };
      if (status !== 200) return `status ${status}`;
      if (r.errors?.length) return `error ${r.errors[0]?.extensions?.code ?? '?'}`;
      if (r.data?.me?.vehicles?.length !== c.vehicles) return 'wrong answer';
      return null;
    },
  }));
  if (config.quietWaitS > 0 && withinBudget()) await waitForQuiet(everyone, cpus().length, config.quietShare, config.quietWaitS);
  const legacyBefore = await legacyTrafficCalls();
  const allBefore = await allLegacyCalls();
  const cpuBefore = snapshotCpu(processes);
  const foreign = new ForeignLoad(everyone);
  const result = await openLoop({ url: GATEWAY, rate, requests, timeoutMs: config.coldTimeoutMs });
  const cpuAfter = snapshotCpu(processes);
  const foreignLoad = foreign.share(cpus().length);
  const answered = Math.max(1, result.ok);
  return {
    ...result,
    floorMs: 2 * config.legacyLatencyMs,
    legacyCallsPerQuery: ((await legacyTrafficCalls()) - legacyBefore) / answered,
    allLegacyCallsPerQuery: ((await allLegacyCalls()) - allBefore) / answered,
    cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuAfter, result.sent),
    foreignLoad,
  };
}
