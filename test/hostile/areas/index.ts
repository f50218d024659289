import type { HostileArea } from '../hostile-world.js';
import { auditTamper } from './audit-tamper.js';
import { callerReplay } from './caller-replay.js';
import { encodedPath } from './encoded-path.js';
import { nulBytes } from './nul-bytes.js';
import { productionDefaults } from './production-defaults.js';
import { redisOutageSubgraphs } from './redis-outage-subgraphs.js';
import { edgeLimits } from './edge-limits.js';
import { forwardedFor } from './forwarded-for.js';
import { gatewayReadiness } from './readiness.js';
import { redisOutage } from './redis-outage.js';
import { webProxy } from './web-proxy.js';
import { officerLockout } from './officer-lockout.js';
import { adminSeparation } from './admin-separation.js';
import { lookups } from './lookups.js';
import { revealPurpose } from './reveal-purpose.js';
import { smsFanout } from './sms-fanout.js';
import { subgraphFailures } from './subgraph-failures.js';

/** Every hostile area, one line each (one file per attack surface under areas/). */
export const HOSTILE_AREAS: HostileArea[] = [
  auditTamper,
  productionDefaults,
  redisOutageSubgraphs,
  encodedPath,
  callerReplay,
  nulBytes,
  edgeLimits,
  forwardedFor,
  redisOutage,
  gatewayReadiness,
  webProxy,
  officerLockout,
  adminSeparation,
  lookups,
  revealPurpose,
  smsFanout,
  // Last: one of its requests runs on a moved clock (a stale copy), restored at once.
  subgraphFailures,
];
