import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayMetrics, SubgraphFetchOutcome } from './gateway-metrics.js';

/** The shared keep-alive fetcher, timed for one subgraph (its name comes from the supergraph: bounded). */
export function timedFetcher(gatewayMetrics: GatewayMetrics, subgraph: string, fetcher: Fetcher): Fetcher {
  const { subgraphFetches } = gatewayMetrics;
  return (async (url: string, init?: Parameters<Fetcher>[1]) => {
    const started = performance.now();
    let outcome: SubgraphFetchOutcome = 'unavailable';
    try {
      const response = await fetcher(url, init);
      outcome = response.ok ? 'ok' : 'error';
      return response;
    } catch (error) {
      if ((error as { extensions?: { code?: unknown } }).extensions?.code === 'SUBGRAPH_TIMEOUT') outcome = 'timeout';
      throw error;
    } finally {
      subgraphFetches.record(subgraph, outcome, (performance.now() - started) / 1000);
    }
  }) as Fetcher;
}
