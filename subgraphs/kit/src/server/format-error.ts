import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error.js';

/**
 * Only our own typed errors (and GraphQL validation errors) reach the client as written;
 * anything else becomes INTERNAL_SERVER_ERROR with no message, stack or upstream text.
 */
export function sanitizeErrors(errors: readonly GraphQLError[], logger: Logger, requestId?: string): GraphQLError[] {
  return errors.map((error) => {
    const original = error.originalError;
    if (!original || original instanceof AppError || original instanceof GraphQLError) {
      const code = (error.extensions?.code as string | undefined) ?? (original ? undefined : 'GRAPHQL_VALIDATION_FAILED');
      return new GraphQLError(error.message, {
        path: error.path,
        nodes: error.nodes,
        extensions: { ...error.extensions, ...(code ? { code } : {}), requestId },
      });
    }
    logger.error({ err: { type: original.name, message: original.message }, requestId, path: error.path }, 'resolver failed');
    const internal = new AppError('INTERNAL_SERVER_ERROR');
    return new GraphQLError(internal.message, {
      path: error.path,
      nodes: error.nodes,
      extensions: { ...internal.extensions, requestId },
    });
  });
}

export type SanitizedResult = ExecutionResult & { errors?: GraphQLError[] };
