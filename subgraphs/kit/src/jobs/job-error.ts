import { LAST_ERROR_MAX_LENGTH } from './jobs.table.js';

/** Thrown by a handler that knows retrying cannot help (a malformed payload, a target that no longer exists). */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

// ID numbers, phones and the digits of plates are all runs of five or more digits (an ID number may end in X).
const DIGIT_RUN = /\d{5,}[Xx]?/g;

/**
 * `last_error` and the log line: the error's code where it has one (AppError, LEGACY_*), then its
 * message with digit runs masked, cut short. Messages are ours, but a SOAP fault can echo what it
 * was sent; this is the second line of defence, the first is not putting personal data in errors.
 */
export function describeJobError(error: unknown): string {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown; extensions?: { code?: unknown } };
  const code = typeof e.extensions?.code === 'string' ? e.extensions.code : typeof e.code === 'string' ? e.code : undefined;
  const head = code ?? (typeof e.name === 'string' ? e.name : 'Error');
  const message = typeof e.message === 'string' ? e.message : typeof error === 'string' ? error : '';
  const text = `${head}: ${message.replace(/\s+/g, ' ').trim()}`.replace(DIGIT_RUN, '[digits]');
  return text.length <= LAST_ERROR_MAX_LENGTH ? text : `${text.slice(0, LAST_ERROR_MAX_LENGTH - 1)}…`;
}
