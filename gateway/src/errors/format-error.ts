import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { armorCodeOf } from '../security/armor.js';
import { withoutInputValues } from './input-values.js';
import { GatewayErrorCodes } from './reply-error.js';

const TRUSTED_PREFIXES = ['GRAPHQL_', 'BAD_', 'PERSISTED_', 'OPERATION_'];

/** Our limit rules stamp their own code on the error; Apollo may wrap it as GRAPHQL_VALIDATION_FAILED. */
function stampedCode(error: unknown): string | undefined {
  const candidates = [error, (error as { originalError?: unknown })?.originalError];
  for (const e of candidates) {
    const code = e instanceof GraphQLError ? (e.extensions?.code as string | undefined) : undefined;
    if (code && code in GatewayErrorCodes) return code;
  }
  return undefined;
}

/** What leaves the gateway: a code, a Chinese or GraphQL message, a path — never a stack, upstream text or personal data. */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const stamped = stampedCode(error) ?? armorCodeOf(formatted.message);
  const code = stamped ?? (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const { stacktrace: _s, exception: _e, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  // Before anything else reads it: coercion messages (the gateway's or a subgraph's) never carry the value.
  let message = withoutInputValues(formatted.message);
  if (stamped) message = GatewayErrorCodes[stamped as keyof typeof GatewayErrorCodes];
  else if (code === 'INTERNAL_SERVER_ERROR' || !TRUSTED_PREFIXES.some((p) => code.startsWith(p)) && !/[\u4e00-\u9fa5]/.test(message)) {
    // Subgraph messages are Chinese by construction; anything else may be upstream text.
    if (!['UNAUTHENTICATED', 'FORBIDDEN'].includes(code)) message = '系统繁忙，请稍后再试';
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && /introspection/i.test(formatted.message)) {
    return { message: GatewayErrorCodes.INTROSPECTION_DISABLED, locations: formatted.locations, extensions: { code: 'INTROSPECTION_DISABLED' } };
  }
  return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
}
