import { GraphQLError } from 'graphql';
import { ErrorCodes, type ErrorCode } from './codes.js';

export interface AppErrorOptions {
  /** Citizen-facing text (Simplified Chinese); defaults to the code's text. */
  message?: string;
  /** Extra, non-personal details for clients (e.g. `system`, `requiredLevel`). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** A GraphQL error with a documented `extensions.code` and a Chinese message. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? ErrorCodes[code].message, {
      extensions: { code, ...options.details },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
