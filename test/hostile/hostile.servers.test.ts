import { describeHostile } from './hostile.scenarios.js';

// PostgreSQL and Redis, as production runs them.
describeHostile('servers');
