import { defineErrorCodes } from './define-error-codes.js';

/**
 * The codes every subgraph shares. Upstream (legacy) failures are their own group so clients can tell
 * "you did something wrong" from "a police system is unwell". A subgraph's own business codes live in
 * its `src/errors.ts`; input checks' reasons in `validation/messages.ts`.
 */
export const KitErrors = defineErrorCodes('subgraphs', {
  // caller
  UNAUTHENTICATED: { message: '请先登录，或登录已失效', description: 'The field needs a signed-in citizen or officer.', where: 'query', http: 401 },
  FORBIDDEN: { message: '无权访问该信息', description: 'The caller may not see this (role, unit scope, partner scope in `requiredScope`, or someone else’s data).', where: 'query', http: 403 },
  BAD_USER_INPUT: {
    message: '输入有误，请检查后重试',
    description: 'A query’s argument was refused (`field`, `reason`); mutations return the reason in their payload instead.',
    where: 'query',
    http: 400,
  },
  NOT_FOUND: { message: '未找到相关信息', description: 'The record asked for does not exist or is not the caller’s.', where: 'query', http: 404 },
  CALLER_SIGNATURE_INVALID: { message: '请求来源无法验证', description: 'A request that did not come through the gateway (missing or bad signed caller header).', where: 'http', http: 401 },
  ASSURANCE_REQUIRED: {
    message: '该业务需要完成更高级别的实名认证',
    description: 'The citizen’s real-name level is below what the field needs (`requiredLevel`, `currentLevel`).',
    where: 'both',
    http: 403,
  },
  // server
  BAD_REQUEST: { message: '请求格式不正确', description: 'The HTTP request itself was refused before GraphQL (unreadable body, wrong content type or method, too large); details only in the log.', where: 'http', http: 400 },
  INTERNAL_SERVER_ERROR: { message: '系统繁忙，请稍后再试', description: 'Anything unexpected; logged with the request id, never shown.', where: 'query', http: 500 },
  // legacy (upstream) group
  LEGACY_FAULT: { message: '业务系统返回错误，请稍后再试', description: 'The legacy system answered a fault or an unreadable reply (`system`).', where: 'query', http: 502 },
  LEGACY_TIMEOUT: { message: '业务系统响应超时，请稍后再试', description: 'The legacy system missed the deadline (`system`).', where: 'query', http: 504 },
  LEGACY_UNAVAILABLE: { message: '业务系统暂不可用，请稍后再试', description: 'The legacy system is down, or its breaker is open, or too many calls are in flight (`system`).', where: 'query', http: 503 },
});

/** Kept for the code that reads `ErrorCodes[code].message`. */
export const ErrorCodes = KitErrors.codes;

export type ErrorCode = keyof typeof ErrorCodes;

export const LEGACY_ERROR_CODES: readonly ErrorCode[] = ['LEGACY_FAULT', 'LEGACY_TIMEOUT', 'LEGACY_UNAVAILABLE'];
