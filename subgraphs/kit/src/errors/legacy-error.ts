import { AppError } from './app-error.js';

export type LegacyFailure = 'LEGACY_FAULT' | 'LEGACY_TIMEOUT' | 'LEGACY_UNAVAILABLE';

/** A failure of a legacy system, tagged with the system and operation (never the payload). */
export class LegacyError extends AppError {
  constructor(
    code: LegacyFailure,
    readonly system: string,
    readonly operation: string,
    cause?: unknown,
  ) {
    super(code, { details: { system }, cause });
  }
}
