import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCodes } from '../errors/codes.js';
import { sanitizeErrors } from './format-error.js';

type GraphQLCarrier = { errors?: unknown[] };

/** mercurius reports refused documents (syntax, validation) as an error carrying GraphQL errors. */
function graphqlErrorsOf(error: unknown): GraphQLError[] | undefined {
  if (error instanceof GraphQLError) return [error];
  const { errors } = error as GraphQLCarrier;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => e instanceof GraphQLError)) return errors as GraphQLError[];
  return undefined;
}

const body = (code: 'BAD_REQUEST' | 'INTERNAL_SERVER_ERROR' | 'NOT_FOUND', requestId?: string) => ({
  data: null,
  errors: [{ message: ErrorCodes[code].message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
});

/**
 * Every error outside a resolver (unreadable body, wrong content type, too large, a hook that threw):
 * a generic Chinese message and a code, never the error's own text or stack; details go to the log.
 * GraphQL errors (a refused document) pass through the same sanitising as resolver errors.
 */
export function subgraphErrorHandler(logger: Logger) {
  return async (error: Error & { statusCode?: number; code?: string }, request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const requestId = request.caller?.requestId;
    const graphqlErrors = graphqlErrorsOf(error);
    if (graphqlErrors) {
      request.graphqlFailed = true;
      await reply.code(200).send({ data: null, errors: sanitizeErrors(graphqlErrors, logger, requestId).map((e) => e.toJSON()) });
      return;
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const log = { err: { type: error.name, code: error.code, message: error.message }, requestId, method: request.method, route: request.routeOptions.url };
    if (status >= 500) logger.error({ ...log, stack: error.stack }, 'request failed');
    else logger.warn(log, 'request refused');
    await reply.code(status).send(body(status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId));
  };
}

/** Unknown routes: the same shape, without echoing the method or path. */
export const notFoundHandler = (_request: FastifyRequest, reply: FastifyReply) => reply.code(404).send(body('NOT_FOUND'));
