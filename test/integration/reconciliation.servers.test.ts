import { describeReconciliation } from './reconciliation.scenarios.js';

// PostgreSQL (a schema per subgraph) and Redis on 127.0.0.1.
describeReconciliation('servers');
