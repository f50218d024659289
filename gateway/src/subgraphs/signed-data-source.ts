import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { CALLER_HEADER, encodeCaller, REQUEST_ID_HEADER, signCallerPart } from '@jingtong/kit';
import { GraphQLError } from 'graphql';
import { GatewayErrorCodes } from '../errors/reply-error.js';
import type { GatewayContext } from '../http/context.js';

type Response = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
const INTERNAL_CALLER = { kind: 'anonymous' as const, requestId: 'internal', channel: 'direct' as const };

/**
 * The encoded caller of one incoming request, reused by its fetches while fresh: each fetch then costs a
 * sha256 of its body and one HMAC. Re-encoded (a new `iat`) well inside the subgraphs' 10-second window,
 * so a slow plan's late fetches are not refused.
 */
const CALLER_REUSE_MS = 2_000;
const encodedCallers = new WeakMap<object, { part: string; at: number }>();

function encodedCallerFor(context: object | undefined, caller: GatewayContext['caller']): string {
  const now = Date.now();
  const cached = context ? encodedCallers.get(context) : undefined;
  if (cached && now - cached.at < CALLER_REUSE_MS) return cached.part;
  const part = encodeCaller(caller, now);
  if (context) encodedCallers.set(context, { part, at: now });
  return part;
}

/** Sends each subgraph the caller, signed, and collects `stale` flags from their answers. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, fetcher: Fetcher, private readonly secret: string) {
    // No cache-control plugin reads the subgraphs' hints (answers are personal): don't parse them either.
    super({ url, fetcher, honorSubgraphCacheControlHeader: false });
  }

  /**
   * RemoteGraphQLDataSource.process without what we never use on the hot path: node-fetch Headers and a
   * node-fetch Request per fetch (a URL parse and a copy of the body, only read by its error hook), automatic
   * persisted queries to subgraphs (`apq` stays off) and subgraph cache hints. Errors are thrown as they are,
   * as the default `didEncounterError` does, except a non-2xx answer (below).
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Response> {
    const { request, context } = options;
    const pathInIncomingRequest = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
    const { http, ...operation } = request;
    const ctx = context as Partial<GatewayContext> | undefined;
    const caller = ctx?.caller ?? INTERNAL_CALLER;
    const payload = JSON.stringify(operation);
    // Signed per fetch over the exact body sent: a captured header is good for nothing else.
    const signed = signCallerPart(encodedCallerFor(ctx?.caller ? ctx : undefined, caller), this.secret, payload);
    const headers: Record<string, string> = {};
    // Headers the gateway itself asks for (e.g. `apollo-federation-include-trace` when usage reporting is on).
    if (http?.headers) for (const [name, value] of http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    headers[CALLER_HEADER] = signed;
    headers[REQUEST_ID_HEADER] = caller.requestId;

    const response = await this.fetcher(this.url, { method: 'POST', headers, body: payload });
    // Not Apollo's errorFromResponse: it puts the subgraph's URL and response body in `extensions.response`,
    // which would leave the gateway. A subgraph's HTTP refusal (or a proxy's error page) is an unavailable subgraph.
    if (!response.ok) throw new GraphQLError(GatewayErrorCodes.SUBGRAPH_UNAVAILABLE, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    return this.didReceiveResponse({ response: { ...(body as object), http: response } as Response, request, context: context as GatewayContext, pathInIncomingRequest });
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
