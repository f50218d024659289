import type { IdentityModule } from '../identity-module.js';
import { AuditResolver } from './audit.resolver.js';
import * as m20261128T0905 from './migrations/2026-11-28T0905-audit.js';
import * as m20261128T1115 from './migrations/2026-11-28T1115-audit-integrity.js';
import * as m20261208T0900 from './migrations/2026-12-08T0900-audit-seal.js';

/** Identity's audit trail and the audit administrator's view of every subgraph's (`auditTrails`). */
export const auditModule: IdentityModule = {
  name: 'audit',
  resolvers: [AuditResolver],
  migrations: {
    '2026-11-28T0905-audit': m20261128T0905,
    '2026-11-28T1115-audit-integrity': m20261128T1115,
    '2026-12-08T0900-audit-seal': m20261208T0900,
  },
};
