import type { ErrorCatalogue } from '../errors/define-error-codes.js';
import { UserError } from './user-error.type.js';

/**
 * A business refusal thrown deep in a service and returned by the mutation as `{ error }`: the
 * payload transform catches it, so services need not thread `{ error }` through every return.
 */
export class PayloadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PayloadError';
  }
}

/** `{ error }` for a code of a catalogue: the message comes from the catalogue, so one code reads one way. */
export function payloadError<C extends string>(catalogue: ErrorCatalogue<C>, code: C, field?: string): { error: UserError } {
  return { error: UserError.of(code, catalogue.codes[code].message, field) };
}

/** Throwable twin of `payloadError`. */
export const refuse = <C extends string>(catalogue: ErrorCatalogue<C>, code: C, field?: string) => new PayloadError(code, catalogue.codes[code].message, field);
