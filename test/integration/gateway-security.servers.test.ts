import { describeGatewaySecurity } from './gateway-security.scenarios.js';

// Rate-limit counters in Redis, as every gateway replica would share them.
describeGatewaySecurity('servers');
