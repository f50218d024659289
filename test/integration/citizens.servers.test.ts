import { describeCitizens } from './citizens.scenarios.js';

// PostgreSQL (a schema per subgraph) and Redis (SMS codes and limits shared by replicas) on 127.0.0.1.
describeCitizens('servers');
