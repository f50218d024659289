import type { SchemaExtension } from '../schema/schema-extension.js';
import { ASSURANCE_DIRECTIVE_SDL, ASSURANCE_SPEC_URL } from './assurance-directive.js';
import { enforceAssurance } from './enforce-assurance.js';

/**
 * Hand to `buildFederatedSchema({ extensions: [assuranceExtension] })`: links and defines
 * `@assurance`, composes it into the supergraph (so the API schema shows which level a field
 * needs) and enforces it on this subgraph's resolvers.
 */
export const assuranceExtension: SchemaExtension = {
  link: { url: ASSURANCE_SPEC_URL, import: ['@assurance'] },
  typeDefs: ASSURANCE_DIRECTIVE_SDL,
  compose: true,
  transform: enforceAssurance,
};
