// Hive Gateway for the bench: its runtime (`createGatewayRuntime`, what the `@graphql-hive/gateway` CLI runs)
// over our supergraph on node:http, defaults everywhere. `BENCH_HIVE_PLANNER=rust` swaps in the Rust query
// planner (`@graphql-hive/router-runtime`). The one addition is the signed caller header our subgraphs
// require, added to every subgraph fetch in an `onFetch` plugin.
//
// Hive merges identical in-flight subgraph queries unless their custom headers differ: each subgraph fetch
// forwards the incoming `x-request-id` as a transport header, so every bench request (a unique id) is its own
// fetch, as in the other gateways.
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { comparisonGatewayConfig } from './config.js';

const config = comparisonGatewayConfig();
const rust = process.env.BENCH_HIVE_PLANNER === 'rust';
const unifiedGraphHandler = rust ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;

const gateway = createGatewayRuntime({
  supergraph: config.supergraphSdl,
  ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
  logging: 'error',
  transportEntries: { '*': { headers: [['x-request-id', '{context.headers.x-request-id}']] } },
  plugins: () => [
    {
      onFetch({ context, options, setOptions }) {
        const requestId = 'headers' in context ? context.headers['x-request-id'] : undefined;
        const body = typeof options.body === 'string' ? options.body : '';
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...config.subgraphHeaders(requestId, body) } });
      },
    },
  ],
} as GatewayConfigSupergraph);

const server = createServer(gateway);
server.listen(config.port, '127.0.0.1', () => console.error(`[hive${rust ? '-rust' : ''}] http://127.0.0.1:${config.port}/graphql`));
const stop = () => void Promise.resolve(gateway.dispose()).finally(() => server.close(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
