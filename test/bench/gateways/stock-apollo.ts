// A stock Apollo Gateway for the bench: @apollo/server's standalone server + @apollo/gateway over our
// supergraph, defaults everywhere (its own make-fetch-happen fetcher, query-plan cache, no guard, no limits).
// The one addition is what our subgraphs refuse to answer without: the signed caller header.
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { comparisonGatewayConfig } from './config.js';

interface Context {
  requestId: string | undefined;
}

const config = comparisonGatewayConfig();

class SignedCallerDataSource extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>): void {
    // The body RemoteGraphQLDataSource sends (APQ off): `query` first, then the rest without `http`.
    const { http, query, ...rest } = request;
    const body = JSON.stringify({ query, ...rest });
    for (const [name, value] of Object.entries(config.subgraphHeaders(context?.requestId, body))) http?.headers.set(name, value);
  }
}

const gateway = new ApolloGateway({ supergraphSdl: config.supergraphSdl, buildService: ({ url }) => new SignedCallerDataSource({ url }) });
const server = new ApolloServer<Context>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: config.port, host: '127.0.0.1' },
  context: async ({ req }) => ({ requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined }),
});
console.error(`[stock-apollo] ${url}`);
const stop = () => void server.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
