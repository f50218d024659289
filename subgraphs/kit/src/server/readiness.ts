/** One dependency's state: `off` when this instance does not use it (no `REDIS_URL`). */
export type CheckStatus = 'ok' | 'down' | 'off';

/**
 * `/readyz`: `down` (HTTP 503) when the database does not answer; `degraded` (HTTP 200: requests are
 * still answered, from the in-process tiers) when only Redis is away; `ok` otherwise.
 */
export interface Readiness {
  status: 'ok' | 'degraded' | 'down';
  checks: { database: CheckStatus; redis: CheckStatus };
}

export interface ReadinessProbes {
  /** Resolves when the database answers. */
  database?: () => Promise<void>;
  /** Resolves when Redis answers; absent without `REDIS_URL`. */
  redis?: () => Promise<void>;
}

/** How long a probe may take before its dependency counts as down. */
export const PROBE_TIMEOUT_MS = 1000;

async function probe(check: (() => Promise<void>) | undefined): Promise<CheckStatus> {
  if (!check) return 'off';
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS)))]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

export async function checkReadiness(probes: ReadinessProbes): Promise<Readiness> {
  const [database, redis] = await Promise.all([probe(probes.database), probe(probes.redis)]);
  const status = database === 'down' ? 'down' : redis === 'down' ? 'degraded' : 'ok';
  return { status, checks: { database, redis } };
}
