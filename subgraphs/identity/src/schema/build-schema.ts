import { buildFederatedSchema } from '@jingtong/kit';
import { IDENTITY_MODULES } from '../modules/index.js';
import { resolveCitizenReference } from '../modules/citizens/index.js';

/** Identity's schema: every module's resolvers, the Citizen entity, and identity's audit trail. */
export const buildIdentitySchema = () =>
  buildFederatedSchema({
    resolvers: IDENTITY_MODULES.flatMap((m) => m.resolvers) as never,
    orphanedTypes: IDENTITY_MODULES.flatMap((m) => m.orphanedTypes ?? []),
    references: { Citizen: resolveCitizenReference },
    auditTrail: 'identity',
    jobQueue: 'identity',
  });
