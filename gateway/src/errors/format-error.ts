import type { GraphQLFormattedError } from 'graphql';

const KNOWN_PREFIXES = ['GRAPHQL_', 'BAD_', 'PERSISTED_', 'OPERATION_'];

/** What leaves the gateway: a code, a Chinese or GraphQL message, a path — never a stack, upstream text or personal data. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const { stacktrace: _s, exception: _e, http: _h, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const trusted = code !== 'INTERNAL_SERVER_ERROR' || KNOWN_PREFIXES.some((p) => code.startsWith(p));
  return {
    message: trusted ? formatted.message : '系统繁忙，请稍后再试',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...extensions, code },
  };
}
