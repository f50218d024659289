import { describeSlice } from './slice.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache.
describeSlice('embedded');
