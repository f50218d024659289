import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { Agent, fetch } from 'undici';

/**
 * Keep-alive, bounded sockets, and a deadline per subgraph fetch.
 * Idle sockets close before the subgraphs' own keep-alive timeout (65 s) so we never write to a closing socket.
 */
export function createSubgraphFetcher({ deadlineMs, maxSockets }: { deadlineMs: number; maxSockets: number }): { fetcher: Fetcher; close(): Promise<void> } {
  const agent = new Agent({ connections: maxSockets, keepAliveTimeout: 30_000, pipelining: 1 });
  const fetcher = (async (url: string, init?: Record<string, unknown>) => {
    try {
      return await fetch(url, { ...(init as object), dispatcher: agent, signal: AbortSignal.timeout(deadlineMs) });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new GraphQLError('服务响应超时，请稍后再试', { extensions: { code: 'SUBGRAPH_TIMEOUT' } });
      }
      throw new GraphQLError('服务暂不可用，请稍后再试', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
  }) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
