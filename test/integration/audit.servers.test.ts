import { describeAudit } from './audit.scenarios.js';

// PostgreSQL (a schema per subgraph) and Redis on 127.0.0.1.
describeAudit('servers');
