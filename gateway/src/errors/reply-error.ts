import type { FastifyReply } from 'fastify';

/** A refusal before GraphQL execution, shaped like a GraphQL response so every client can read it. */
export function replyError(reply: FastifyReply, status: number, code: string, message: string, requestId: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('x-request-id', requestId)
    .send({ errors: [{ message, extensions: { code, requestId, ...extra } }] });
}

/** Codes the gateway itself returns (the subgraph codes are in subgraphs/kit/src/errors/codes.ts). */
export const GatewayErrorCodes = {
  UNAUTHENTICATED: '请先登录，或登录已失效',
  PERSISTED_QUERY_NOT_FOUND: '不支持的请求，请更新客户端后重试',
  BATCHED_REQUESTS_NOT_ALLOWED: '不支持批量请求',
  BODY_TOO_LARGE: '请求内容过大',
  BAD_REQUEST: '请求格式不正确',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  COST_BUDGET_EXCEEDED: '今日查询额度已用完',
  DEPTH_LIMIT_EXCEEDED: '查询层级过深',
  ALIAS_LIMIT_EXCEEDED: '查询中的别名过多',
  TOKEN_LIMIT_EXCEEDED: '查询内容过长',
  COST_LIMIT_EXCEEDED: '查询过于复杂',
  DIRECTIVE_LIMIT_EXCEEDED: '查询中的指令过多',
  INTROSPECTION_DISABLED: '生产环境不提供结构查询',
  SUBGRAPH_TIMEOUT: '服务响应超时，请稍后再试',
  SUBGRAPH_UNAVAILABLE: '服务暂不可用，请稍后再试',
} as const;
