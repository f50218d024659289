import { describeGatewaySecurity } from './gateway-security.scenarios.js';

describeGatewaySecurity('embedded');
