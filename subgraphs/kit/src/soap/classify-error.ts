import type { LegacyFailure } from '../errors/legacy-error.js';

export interface SoapFaultInfo {
  faultcode?: string;
  faultstring?: string;
}

/** The SOAP Fault inside a `soap` client error, if there is one. */
export function faultOf(error: unknown): SoapFaultInfo | undefined {
  const e = error as { root?: { Envelope?: { Body?: { Fault?: SoapFaultInfo } } } };
  return e?.root?.Envelope?.Body?.Fault;
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ETIMEOUT']);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EOPENBREAKER', 'ESEMLOCKED', 'ERR_BAD_RESPONSE']);

/** Map whatever the transport threw to one of the three upstream failure codes. */
export function classifyLegacyError(error: unknown): LegacyFailure {
  if (faultOf(error)) return 'LEGACY_FAULT';
  const e = error as { code?: string; response?: { status?: number }; message?: string };
  if (e?.code && TIMEOUT_CODES.has(e.code)) return 'LEGACY_TIMEOUT';
  if (/timeout|timed out/i.test(e?.message ?? '')) return 'LEGACY_TIMEOUT';
  if (e?.code && UNAVAILABLE_CODES.has(e.code)) return 'LEGACY_UNAVAILABLE';
  const status = e?.response?.status;
  if (status && status >= 500 && status !== 500) return 'LEGACY_UNAVAILABLE';
  if (/socket hang up|breaker is open|semaphore locked/i.test(e?.message ?? '')) return 'LEGACY_UNAVAILABLE';
  return status === 500 ? 'LEGACY_FAULT' : 'LEGACY_UNAVAILABLE';
}

/** Faults the caller caused (bad request, expired session) must not open the breaker. */
export function isCallerFault(error: unknown): boolean {
  const code = faultOf(error)?.faultcode ?? '';
  return /Client$/.test(code);
}
