// The gateway's view of subgraphs/registry.ts (the one list of subgraphs).
export { SUBGRAPHS, subgraphUrls, defaultSubgraphUrl, urlEnvName, type SubgraphName } from '../../../subgraphs/registry.js';
