import { AppError } from './app-error.js';

/**
 * Input that a check refused, with the reason's code and the field it names. Nothing has changed.
 * In a query it surfaces as `BAD_USER_INPUT` (`reason`, `field` in extensions); in a mutation whose
 * payload has `error`, the kit's payload transform returns it as `error { code: reason, message, field }`.
 */
export class InputError extends AppError {
  constructor(
    readonly reason: string,
    readonly field: string,
    message: string,
  ) {
    super('BAD_USER_INPUT', { message, details: { reason, field } });
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
