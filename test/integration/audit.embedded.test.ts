import { describeAudit } from './audit.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describeAudit('embedded');
