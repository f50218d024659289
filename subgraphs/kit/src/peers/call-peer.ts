import { request } from 'undici';
import { signCaller } from '../caller/signed-header.js';
import { PermanentJobError } from '../jobs/job-error.js';

export interface PeerCall {
  /** The peer's base URL (`peerBaseUrl`). */
  baseUrl: string;
  /** An internal route of the peer, e.g. `/internal/orders`. */
  path: string;
  body: unknown;
  /** The calling subgraph's name: the signed caller is `{ kind: 'service', sub: from }`. */
  from: string;
  secret: string;
  /** The idempotency key the peer keys its effect by (the job key), also the request id of the call. */
  key: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * An outbox job's call to another subgraph's internal route, signed like the gateway's calls (bound to the
 * body, good once). Returns the JSON answer of a 2xx; a refusal (4xx) is permanent (retrying the same body
 * cannot help: the job goes to the dead letters, visible in the console); anything else throws to be retried.
 */
export async function callPeer<T = unknown>(call: PeerCall): Promise<T> {
  const body = JSON.stringify(call.body);
  const caller = signCaller({ kind: 'service', sub: call.from, requestId: call.key.slice(0, 128) }, call.secret, body);
  const timeout = call.timeoutMs ?? 10_000;
  const response = await request(`${call.baseUrl}${call.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-jt-caller': caller, 'x-request-id': call.key.slice(0, 128) },
    body,
    signal: call.signal,
    headersTimeout: timeout,
    bodyTimeout: timeout,
  });
  const text = await response.body.text();
  if (response.statusCode >= 200 && response.statusCode < 300) return (text ? JSON.parse(text) : undefined) as T;
  const detail = `${call.path} answered ${response.statusCode}: ${text.slice(0, 120)}`;
  if (response.statusCode >= 400 && response.statusCode < 500 && response.statusCode !== 408 && response.statusCode !== 429) throw new PermanentJobError(detail);
  throw new Error(detail);
}
