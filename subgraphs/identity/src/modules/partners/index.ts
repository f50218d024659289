import type { IdentityModule } from '../identity-module.js';
import { PartnerKeyResolver } from './partner-key.resolver.js';
import { VerifyPersonResolver } from './verify-person.resolver.js';
import * as m20261128T1110 from './migrations/2026-11-28T1110-partners.js';
import * as m20261208T1005 from './migrations/2026-12-08T1005-verify-budget.js';

/** Partner departments: API keys (shown once, stored keyed-hashed, rotated, revoked), scopes from the registry, verifyPerson. */
export const partnersModule: IdentityModule = {
  name: 'partners',
  resolvers: [PartnerKeyResolver, VerifyPersonResolver],
  migrations: {
    '2026-11-28T1110-partners': m20261128T1110,
    '2026-12-08T1005-verify-budget': m20261208T1005,
  },
};
export { createPartnersDeps, type PartnersDeps } from './partners-deps.js';
