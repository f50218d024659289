import { runSubgraph } from '@jingtong/kit';
import { identity } from './subgraph.js';

await runSubgraph(identity);
