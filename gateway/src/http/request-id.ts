import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accept a well-formed incoming request id (tracing across web -> gateway); otherwise make one. */
export const requestIdOf = (request: FastifyRequest): string => {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
};
