/** Milliseconds to wait before the next attempt, given the attempt that just failed (1-based). */
export type JobBackoff = (attempt: number) => number;

/**
 * Doubling from `baseMs`, capped, with jitter in the upper half of each step: retries of jobs that
 * failed together (a legacy system came back) spread out, and below the cap each delay is still at
 * least the one before it.
 */
export function exponentialBackoff(options: { baseMs?: number; maxMs?: number; random?: () => number } = {}): JobBackoff {
  const { baseMs = 2_000, maxMs = 3_600_000, random = Math.random } = options;
  return (attempt) => {
    const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(step / 2 + (step / 2) * random());
  };
}

export const defaultJobBackoff: JobBackoff = exponentialBackoff();
