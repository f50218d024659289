import type { IdentityModule } from '../identity-module.js';
import { PartnerKeyResolver } from './partner-key.resolver.js';
import { VerifyPersonResolver } from './verify-person.resolver.js';
import * as m20261128T1110 from './migrations/2026-11-28T1110-partners.js';

/** Partner departments: API keys (shown once, stored keyed-hashed, rotated, revoked), scopes from the registry, verifyPerson. */
export const partnersModule: IdentityModule = {
  name: 'partners',
  resolvers: [PartnerKeyResolver, VerifyPersonResolver],
  migrations: {
    '2026-11-28T1110-partners': m20261128T1110,
  },
};
export { createPartnersDeps } from './partners-deps.js';
