import { describeOfficers } from './officers.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describeOfficers('embedded');
