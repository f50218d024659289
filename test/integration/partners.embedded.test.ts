import { describePartners } from './partners.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describePartners('embedded');
