import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bodyDigest, EMPTY_BODY_DIGEST } from './signed-header.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** sha256 (base64url) of the JSON body exactly as received: what the caller signature is bound to. */
    bodyDigest?: string;
    /** The JSON body's exact text, for routes that check a signature over it (WeChat Pay notifications). */
    rawBody?: string;
  }
}

/**
 * Replace Fastify's JSON parser with the same parser (prototype poisoning refused) that also digests the
 * raw bytes, so a caller signature can be checked against the body it was made for.
 */
export function digestJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    request.bodyDigest = bodyDigest(raw);
    request.rawBody = raw.toString('utf8');
    parseJson(request, request.rawBody, done);
  });
}

/** The digest to check a signature against: the body's, the empty body's, or null for a body that was not digested. */
export function requestBodyDigest(request: FastifyRequest): string | null {
  if (request.bodyDigest !== undefined) return request.bodyDigest;
  return request.body === undefined || request.body === null ? EMPTY_BODY_DIGEST : null;
}
