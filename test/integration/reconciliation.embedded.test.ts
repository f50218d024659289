import { describeReconciliation } from './reconciliation.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describeReconciliation('embedded');
