import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  production: boolean;
}

/**
 * graphql-armor refuses with GRAPHQL_VALIDATION_FAILED and an English "Syntax Error: … limit of N exceeded"
 * message (its onReject callbacks cannot change what Apollo sends); its messages are stable, so we map them
 * to our codes here, in one place, and the gateway-security tests pin every one of them.
 */
const ARMOR_MESSAGES: Array<[RegExp, string]> = [
  [/Query depth limit of \d+ exceeded/, 'DEPTH_LIMIT_EXCEEDED'],
  [/Aliases limit of \d+ exceeded/, 'ALIAS_LIMIT_EXCEEDED'],
  [/Token limit of \d+ exceeded/, 'TOKEN_LIMIT_EXCEEDED'],
  [/Query Cost limit of \d+ exceeded/, 'COST_LIMIT_EXCEEDED'],
  [/Directives limit of \d+ exceeded/, 'DIRECTIVE_LIMIT_EXCEEDED'],
];

export const armorCodeOf = (message: string): string | undefined => ARMOR_MESSAGES.find(([re]) => re.test(message))?.[1];

export function armorProtection(config: LimitsConfig) {
  return new ApolloArmor({
    // Introspection is a document like any other: outside production it is allowed, but within the limits.
    maxDepth: { n: config.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: config.maxAliases },
    // Counted by the guard before Apollo parses (security/token-limit.ts): here a refusal answered HTTP 500.
    maxTokens: { enabled: false, n: config.maxTokens },
    costLimit: { maxCost: config.maxCost, ignoreIntrospection: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
}
