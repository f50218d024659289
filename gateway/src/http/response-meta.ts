import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context.js';

/** Every response carries its request id (header and each error) and, when legacy data was stale, says so. */
export function responseMetaPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (contextValue.stale.length) result.extensions = { ...result.extensions, stale: [...new Set(contextValue.stale)] };
          if (result.errors) {
            result.errors = result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
          }
        },
      };
    },
  };
}
