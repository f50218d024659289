import { describePayments } from './payments.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describePayments('embedded');
