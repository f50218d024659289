import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createRequire } from 'node:module';

// @apollo/gateway runs on graphql's CommonJS build; the schema it hands us must be walked by the same
// copy of graphql, so load graphql-query-complexity's CommonJS build too (an ESM import would bring
// graphql's ESM build: "Cannot use GraphQLObjectType from another module or realm").
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');
import type { GatewayContext } from '../http/context.js';
import type { RateLimits } from './rate-limits.js';

/** Partners spend a daily budget of query cost (1 per field by default); refused once it is used up. */
export function costBudgetPlugin(limits: RateLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, request, operationName }) {
          const partner = contextValue.partner;
          if (!partner) return;
          const cost = getComplexity({
            schema,
            query: document,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          const verdict = await limits.consume('budget', partner.keyId, partner.costBudgetPerDay, 86_400, Math.max(1, cost));
          if (!verdict.allowed) {
            throw new GraphQLError('今日查询额度已用完', {
              extensions: { code: 'COST_BUDGET_EXCEEDED', cost, budget: partner.costBudgetPerDay, http: { status: 429 } },
            });
          }
        },
      };
    },
  };
}
