import { defineErrorCodes, type CodeOf } from '@jingtong/kit';
import type { FastifyReply } from 'fastify';

/** A refusal before GraphQL execution, shaped like a GraphQL response so every client can read it. */
export function replyError(reply: FastifyReply, status: number, code: string, message: string, requestId: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('x-request-id', requestId)
    .send({ errors: [{ message, extensions: { code, requestId, ...extra } }] });
}

/**
 * Codes the gateway itself returns (the subgraphs' shared codes are in subgraphs/kit/src/errors/codes.ts).
 * `http`: refused before GraphQL runs (`guard.ts`, Fastify's error handler), answered by `replyError`;
 * `query`: refused while Apollo parses, validates, plans or executes, answered by `formatError`.
 */
export const GatewayErrors = defineErrorCodes('gateway', {
  UNAUTHENTICATED: {
    message: '请先登录，或登录已失效',
    description:
      'Missing, forged or expired token, unknown or revoked API key (`reason: API_KEY_INVALID`), or an officer session that is idle, expired or revoked (`reason: IDLE_EXPIRED`, `EXPIRED`, `REVOKED`, `UNKNOWN`); the message says which. A subgraph’s `UNAUTHENTICATED` leaves the gateway with this message.',
    where: 'http',
    http: 401,
  },
  BATCHED_REQUESTS_NOT_ALLOWED: { message: '不支持批量请求', description: 'The body is a JSON array (a batch of operations).', where: 'http', http: 400 },
  BODY_TOO_LARGE: { message: '请求内容过大', description: 'The body is over 1 MB.', where: 'http', http: 413 },
  BAD_REQUEST: {
    message: '请求格式不正确',
    description: 'The body is not a JSON object, or cannot be read (the 4xx status the parser gave).',
    where: 'http',
    http: 400,
  },
  CSRF_PREVENTED: {
    message: '疑似跨站请求，已拒绝',
    description:
      'A simple (form-like) POST: no content type, or `text/plain`, `application/x-www-form-urlencoded` or `multipart/form-data`, without an `apollo-require-preflight` or `x-apollo-operation-name` header; refused before the body is read (`http/csrf.ts`).',
    where: 'http',
    http: 400,
  },
  RATE_LIMITED: {
    message: '请求过于频繁，请稍后再试',
    description: 'Over the per-minute limit of the IP, the signed-in caller or the partner key; every answer has `RateLimit` and `RateLimit-Policy` headers, this one `Retry-After`.',
    where: 'http',
    http: 429,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    message: '不支持的请求，请更新客户端后重试',
    description: 'With the safelist on, a first-party (H5 or console) request sent free text, an unknown hash, or a known hash with other text.',
    where: 'http',
    http: 400,
  },
  COST_BUDGET_EXCEEDED: {
    message: '今日查询额度已用完',
    description: 'A partner key’s daily budget of query cost (1 per field) would be exceeded by this operation (`cost`, `budget`); nothing runs, HTTP 429.',
    where: 'query',
    http: 429,
  },
  DEPTH_LIMIT_EXCEEDED: { message: '查询层级过深', description: 'The document is nested deeper than `LIMIT_MAX_DEPTH` (graphql-armor, at validation; HTTP 400).', where: 'query', http: 400 },
  ALIAS_LIMIT_EXCEEDED: {
    message: '查询中的别名过多',
    description: 'More aliases than `LIMIT_MAX_ALIASES`, or a `@oncePerRequest` field (sign-in, SMS code, secret check, look-up by ID number) named twice (`field`); at validation, HTTP 400.',
    where: 'query',
    http: 400,
  },
  TOKEN_LIMIT_EXCEEDED: { message: '查询内容过长', description: 'The document has more tokens than `LIMIT_MAX_TOKENS` (graphql-armor, at parsing; HTTP 400).', where: 'query', http: 400 },
  COST_LIMIT_EXCEEDED: { message: '查询过于复杂', description: 'The operation’s estimated cost is over `LIMIT_MAX_COST` (graphql-armor, at validation; HTTP 400).', where: 'query', http: 400 },
  DIRECTIVE_LIMIT_EXCEEDED: { message: '查询中的指令过多', description: 'More than 50 directives in the document (graphql-armor, at validation; HTTP 400).', where: 'query', http: 400 },
  INTROSPECTION_DISABLED: { message: '生产环境不提供结构查询', description: '`__schema` / `__type` under `NODE_ENV=production` (at validation; HTTP 400).', where: 'query', http: 400 },
  SUBGRAPH_TIMEOUT: {
    message: '服务响应超时，请稍后再试',
    description: 'A subgraph fetch missed `SUBGRAPH_DEADLINE_MS`; the fields it owned are null, the rest of the data still answers.',
    where: 'query',
  },
  SUBGRAPH_UNAVAILABLE: {
    message: '服务暂不可用，请稍后再试',
    description: 'A subgraph could not be reached, or answered an HTTP error (its status, URL and body are never passed on); its fields are null, the rest still answers. Before GraphQL, HTTP 503 when identity cannot check an API key or an officer session.',
    where: 'query',
    http: 503,
  },
});

export type GatewayErrorCode = CodeOf<typeof GatewayErrors>;

/** `{ CODE: message }`, kept for the callers that read `GatewayErrorCodes.CODE` or test `code in GatewayErrorCodes`. */
export const GatewayErrorCodes = Object.fromEntries(Object.entries(GatewayErrors.codes).map(([code, spec]) => [code, spec.message])) as {
  readonly [K in GatewayErrorCode]: (typeof GatewayErrors.codes)[K]['message'];
};
