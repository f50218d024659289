import { runSubgraph } from '@jingtong/kit';
import { queue } from './subgraph.js';

await runSubgraph(queue);
