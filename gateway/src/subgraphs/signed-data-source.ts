import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller } from '@jingtong/kit';
import type { GatewayContext } from '../http/context.js';

/** Sends each subgraph the caller, signed, and collects `stale` flags from their answers. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, fetcher: Fetcher, private readonly secret: string) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const caller = (context as Partial<GatewayContext>)?.caller ?? { kind: 'anonymous' as const, requestId: 'internal', channel: 'direct' as const };
    request.http?.headers.set(CALLER_HEADER, signCaller(caller, this.secret));
    request.http?.headers.set(REQUEST_ID_HEADER, caller.requestId);
  }

  override async didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    // mercurius serializes error paths with a string-typed schema (`0` becomes "0"); the gateway maps
    // `_entities` errors back to the client's path only for numeric indexes. GraphQL names cannot start with a digit.
    for (const error of response.errors ?? []) {
      const path = error.path as (string | number)[] | undefined;
      if (path) (error as { path?: (string | number)[] }).path = path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p));
    }
    const stale = (response as { extensions?: { stale?: string[] } }).extensions?.stale;
    if (stale?.length) (context as GatewayContext).stale?.push(...stale);
    return response;
  }
}
