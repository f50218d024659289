/**
 * Every error code the API can return, in one documented list.
 * Upstream (legacy) failures are their own group so clients can tell
 * "you did something wrong" from "a police system is unwell".
 */
export const ErrorCodes = {
  // caller
  UNAUTHENTICATED: { message: '请先登录', http: 401 },
  FORBIDDEN: { message: '无权访问该信息', http: 403 },
  BAD_USER_INPUT: { message: '输入有误，请检查后重试', http: 400 },
  NOT_FOUND: { message: '未找到相关信息', http: 404 },
  CALLER_SIGNATURE_INVALID: { message: '请求来源无法验证', http: 401 },
  /** The citizen's real-name level is below what the field needs; `extensions.requiredLevel`, `currentLevel`. */
  ASSURANCE_REQUIRED: { message: '该业务需要完成更高级别的实名认证', http: 403 },
  // server
  INTERNAL_SERVER_ERROR: { message: '系统繁忙，请稍后再试', http: 500 },
  // legacy (upstream) group
  LEGACY_FAULT: { message: '业务系统返回错误，请稍后再试', http: 502 },
  LEGACY_TIMEOUT: { message: '业务系统响应超时，请稍后再试', http: 504 },
  LEGACY_UNAVAILABLE: { message: '业务系统暂不可用，请稍后再试', http: 503 },
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export const LEGACY_ERROR_CODES: readonly ErrorCode[] = ['LEGACY_FAULT', 'LEGACY_TIMEOUT', 'LEGACY_UNAVAILABLE'];
