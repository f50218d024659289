import { runSubgraph } from '@jingtong/kit';
import { traffic } from './subgraph.js';

await runSubgraph(traffic);
