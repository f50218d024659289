import { describePayments } from './payments.scenarios.js';

// PostgreSQL (a schema per subgraph) and Redis on 127.0.0.1.
describePayments('servers');
