import { runSubgraph } from '@jingtong/kit';
import { affairs } from './subgraph.js';

await runSubgraph(affairs);
