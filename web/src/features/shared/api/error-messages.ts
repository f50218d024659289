import { levelRequirement } from '@/features/shared/catalogue/levels';
import type { GraphQLErrorLike } from './graphql-client';

/**
 * What a citizen reads for each error code. Legacy codes are phrased as
 * "partly unavailable" because the rest of the page still renders.
 */
const LEGACY_MESSAGES: Record<string, (system: string) => string> = {
  LEGACY_TIMEOUT: (system) => `${system}响应超时，部分信息暂不可用`,
  LEGACY_UNAVAILABLE: (system) => `${system}暂时无法访问，部分信息暂不可用`,
  LEGACY_FAULT: (system) => `${system}返回异常，部分信息暂不可用`,
};

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '没有权限查看该信息',
  GATEWAY_TIMEOUT: '服务响应超时，请稍后再试',
  SUBGRAPH_TIMEOUT: '服务响应超时，请稍后再试',
  SUBGRAPH_UNAVAILABLE: '服务暂时无法访问，请稍后再试',
  GATEWAY_UNREACHABLE: '服务暂时无法访问，请稍后再试',
  NETWORK_ERROR: '网络异常，请检查网络后重试',
  PERSISTED_QUERY_NOT_FOUND: '页面版本已更新，请刷新后重试',
  PERSISTED_QUERY_NOT_SUPPORTED: '页面版本已更新，请刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  BAD_USER_INPUT: '输入内容有误，请检查后重试',
  BODY_TOO_LARGE: '上传内容过大，请换一张较小的照片',
};

const FALLBACK = '服务异常，请稍后再试';

const SERVER_WORDED = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED']);

export function errorCode(error: GraphQLErrorLike): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Vehicle data comes from the traffic platform; everything else from other bureau systems. */
function systemFor(error: GraphQLErrorLike): string {
  return error.path?.includes('vehicles') ? '交管系统' : '业务系统';
}

/** The level an ASSURANCE_REQUIRED error asks for (identity and traffic send `requiredLevel`). */
export function requiredLevelOf(error: GraphQLErrorLike): number {
  const level = error.extensions?.requiredLevel;
  return typeof level === 'number' && level > 0 ? level : 1;
}

export function describeError(error: GraphQLErrorLike): string {
  const code = errorCode(error);
  if (!code) return FALLBACK;
  // Never "system unavailable" for what is the citizen's real-name level: say which level.
  if (code === 'ASSURANCE_REQUIRED') return `${levelRequirement(requiredLevelOf(error))}后可查看`;
  const legacy = LEGACY_MESSAGES[code];
  if (legacy) return legacy(systemFor(error));
  // Input checks say exactly what is wrong, in Chinese: more useful than our generic line.
  if (SERVER_WORDED.has(code) && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  return MESSAGES[code] ?? FALLBACK;
}

/** One line per distinct message, so ten failing vehicles make one notice. */
export function describeErrors(errors: readonly GraphQLErrorLike[]): string[] {
  return [...new Set(errors.map(describeError))];
}

export function hasCode(errors: readonly GraphQLErrorLike[], code: string): boolean {
  return errors.some((error) => errorCode(error) === code);
}
