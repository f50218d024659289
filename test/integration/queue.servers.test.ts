import { describeQueue } from './queue.scenarios.js';

// PostgreSQL (a schema per subgraph) and Redis on 127.0.0.1; the concurrent booking runs two replicas here.
describeQueue('servers');
