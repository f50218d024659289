import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

/** One request of an open-loop run, and how to tell a right answer (null) from a wrong one (a reason). */
export interface OpenLoopRequest {
  headers: Record<string, string>;
  body: string;
  check(status: number, json: unknown): string | null;
}

export interface OpenLoopOptions {
  url: string;
  /** Arrivals per second: request i is due at t0 + i / rate, whether or not earlier ones were answered. */
  rate: number;
  requests: readonly OpenLoopRequest[];
  /** Per-request deadline (then counted as a timeout). */
  timeoutMs: number;
  /** Keep-alive sockets at most (a request waiting for a socket waits on the clock too). */
  connections?: number;
}

export interface OpenLoopResult {
  rate: number;
  sent: number;
  ok: number;
  errors: Record<string, number>;
  errorCount: number;
  /** From each request's scheduled time to its last response byte (so queueing in the driver counts). */
  p50: number;
  p99: number;
  max: number;
  /** First scheduled request to last answer. */
  durationMs: number;
  /** How late the driver sent, at worst (its own saturation would show here). */
  maxSendLagMs: number;
}

/**
 * A fixed arrival rate, unlike autocannon's closed loop (which waits for an answer before asking again and so
 * slows down with the system it measures): latency is measured from when each request was due.
 */
export async function openLoop({ url, rate, requests, timeoutMs, connections = 512 }: OpenLoopOptions): Promise<OpenLoopResult> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000, connect: { timeout: timeoutMs } });
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const fail = (reason: string) => {
    errors[reason] = (errors[reason] ?? 0) + 1;
  };
  let ok = 0;
  let maxSendLagMs = 0;
  let lastAnswer = 0;

  const send = async (request: OpenLoopRequest, due: number) => {
    try {
      const res = await pool.request({
        path: pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.body.text();
      const done = performance.now();
      lastAnswer = Math.max(lastAnswer, done);
      latencies.push(done - due);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return fail(`status ${res.statusCode} (not JSON)`);
      }
      const wrong = request.check(res.statusCode, json);
      if (wrong) return fail(wrong);
      ok++;
    } catch (error) {
      lastAnswer = Math.max(lastAnswer, performance.now());
      const name = (error as Error).name;
      fail(name === 'TimeoutError' || name === 'AbortError' || /Timeout/.test(name) ? 'timeout' : `socket: ${(error as { code?: string }).code ?? name}`);
    }
  };

  const inflight: Promise<void>[] = [];
  const t0 = performance.now() + 20;
  for (let i = 0; i < requests.length; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    maxSendLagMs = Math.max(maxSendLagMs, performance.now() - due);
    inflight.push(send(requests[i]!, due));
  }
  await Promise.all(inflight);
  await pool.close();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]! : NaN);
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    rate,
    sent: requests.length,
    ok,
    errors,
    errorCount,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
    durationMs: lastAnswer - t0,
    maxSendLagMs,
  };
}
