import { Directive } from '../type-graphql.js';
import type { SchemaExtension } from '../schema/schema-extension.js';

export const ONCE_PER_REQUEST_SPEC_URL = 'https://jingtong.gov.cn/once-per-request/v1.0';

export const ONCE_PER_REQUEST_DIRECTIVE_SDL = `"""The field may appear once in a request: aliases must not multiply sign-in attempts, SMS codes or look-ups by ID number"""
directive @oncePerRequest on FIELD_DEFINITION`;

/**
 * `@OncePerRequest()` on a sign-in, an SMS code, a check of a secret or a look-up by ID number.
 * Composed into the supergraph, where the gateway reads it and refuses a document that names such a
 * field twice (ALIAS_LIMIT_EXCEEDED) before anything runs; a subgraph need not know the rule.
 */
export const OncePerRequest = () => Directive('@oncePerRequest');

export const oncePerRequestExtension: SchemaExtension = {
  link: { url: ONCE_PER_REQUEST_SPEC_URL, import: ['@oncePerRequest'] },
  typeDefs: ONCE_PER_REQUEST_DIRECTIVE_SDL,
  compose: true,
};
