import { describeQueue } from './queue.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describeQueue('embedded');
