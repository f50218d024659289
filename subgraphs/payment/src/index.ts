import { runSubgraph } from '@jingtong/kit';
import { payment } from './subgraph.js';

await runSubgraph(payment);
