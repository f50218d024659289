import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { requestTargets } from '@jingtong/kit';

/**
 * Keep-alive, bounded sockets, and a deadline per subgraph fetch.
 * Idle sockets close before the subgraphs' own keep-alive timeout (65 s) so we never write to a closing socket.
 *
 * undici's `request()` rather than its WHATWG `fetch()`: no Request/Headers/ReadableStream objects and no
 * AbortSignal timer per fetch, and a string body goes out in one write with the headers — fetch() cost a
 * third of the gateway's CPU per subgraph call. The deadline is undici's own (coarse, shared) timers: the
 * response headers must arrive within it, and the body may not stall longer than it.
 */
export function createSubgraphFetcher({ deadlineMs, maxSockets }: { deadlineMs: number; maxSockets: number }): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({ connections: maxSockets, keepAliveTimeout: 30_000, pipelining: 1 });
  const target = requestTargets();

  const fetcher = (async (url: string, init: FetcherRequestInit = {}) => {
    const { origin, path } = target(url);
    try {
      const res = await agent.request({
        origin,
        path,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        headersTimeout: deadlineMs,
        bodyTimeout: deadlineMs,
      });
      return new SubgraphResponse(url, res.statusCode, res.headers, await res.body.text());
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
        throw new GraphQLError('服务响应超时，请稍后再试', { extensions: { code: 'SUBGRAPH_TIMEOUT' } });
      }
      throw new GraphQLError('服务暂不可用，请稍后再试', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
  }) as Fetcher;
  return { fetcher, close: () => agent.close() };
}

type RawHeaders = Record<string, string | string[] | undefined>;

/** The part of a fetch Response that Apollo's RemoteGraphQLDataSource reads, over a body already read. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    raw: RawHeaders,
    private readonly body: string,
  ) {
    this.headers = new ReadOnlyHeaders(raw);
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  get statusText() {
    return STATUS_CODES[this.status] ?? '';
  }

  async text() {
    this.bodyUsed = true;
    return this.body;
  }

  async json() {
    this.bodyUsed = true;
    return JSON.parse(this.body);
  }

  async arrayBuffer() {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return new SubgraphResponse(this.url, this.status, (this.headers as ReadOnlyHeaders).raw, this.body);
  }
}

/** undici's header object (lower-case names) behind the fetch Headers interface; the gateway only reads it. */
class ReadOnlyHeaders implements FetcherHeaders {
  constructor(readonly raw: RawHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string) {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  append(): void {
    throw new TypeError('subgraph response headers are read-only');
  }

  delete(): void {
    throw new TypeError('subgraph response headers are read-only');
  }

  set(): void {
    throw new TypeError('subgraph response headers are read-only');
  }
}
