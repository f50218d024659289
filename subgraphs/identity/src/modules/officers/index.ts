import type { IdentityModule } from '../identity-module.js';
import { OfficerAdminResolver } from './resolvers/officer-admin.resolver.js';
import { OfficerSignInResolver } from './resolvers/officer-sign-in.resolver.js';
import { UnitResolver } from './resolvers/unit.resolver.js';
import * as m20261128T1100 from './migrations/2026-11-28T1100-units.js';
import * as m20261128T1105 from './migrations/2026-11-28T1105-officers.js';
import * as m20261208T1000 from './migrations/2026-12-08T1000-officer-safeguards.js';

/** Officers: units, roles and separation of duties, password + TOTP sign-in, lockout, idle sessions. */
export const officersModule: IdentityModule = {
  name: 'officers',
  resolvers: [OfficerSignInResolver, OfficerAdminResolver, UnitResolver],
  migrations: {
    '2026-11-28T1100-units': m20261128T1100,
    '2026-11-28T1105-officers': m20261128T1105,
    '2026-12-08T1000-officer-safeguards': m20261208T1000,
  },
};
export { createOfficersDeps, type OfficersDeps } from './officers-deps.js';
