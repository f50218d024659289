import type { SharedCounterStatus } from '../security/rate-limits.js';

/** A subgraph's own `/readyz` (its database and caches), as the gateway saw it. */
export type SubgraphReadiness = 'ready' | 'degraded' | 'not-ready' | 'unreachable';

export interface GatewayReadiness {
  /** `ready`: all well; `degraded`: answering, with a fallback (Redis down, a subgraph degraded); `not-ready`: a subgraph cannot serve. */
  status: 'ready' | 'degraded' | 'not-ready';
  dependencies: {
    /** The shared rate-limit counters (`none` without REDIS_URL; `down`: counting in-process until it is back). */
    redis: SharedCounterStatus;
    subgraphs: Record<string, SubgraphReadiness>;
  };
}

async function subgraphReadiness(url: string, timeoutMs: number): Promise<SubgraphReadiness> {
  try {
    const res = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as { status?: unknown };
    if (!res.ok) return 'not-ready';
    return body.status === 'degraded' ? 'degraded' : 'ready';
  } catch {
    return 'unreachable';
  }
}

/**
 * `/readyz`: every subgraph's readiness (not just that it answers, as `/healthz` checks) and the gateway's own
 * Redis. HTTP 200 for `ready` and `degraded` (requests are answered), 503 for `not-ready`.
 */
export async function checkReadiness(urls: Record<string, string>, redis: () => Promise<SharedCounterStatus>, timeoutMs = 1500): Promise<GatewayReadiness> {
  const [redisStatus, entries] = await Promise.all([
    redis(),
    Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await subgraphReadiness(url, timeoutMs)] as const)),
  ]);
  const subgraphs = Object.fromEntries(entries);
  const states = Object.values(subgraphs);
  const status = states.some((s) => s === 'not-ready' || s === 'unreachable') ? 'not-ready' : redisStatus === 'down' || states.includes('degraded') ? 'degraded' : 'ready';
  return { status, dependencies: { redis: redisStatus, subgraphs } };
}
