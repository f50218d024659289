import { describeCitizens } from './citizens.scenarios.js';

// Embedded defaults: PGlite per subgraph, in-process cache and SMS limits.
describeCitizens('embedded');
