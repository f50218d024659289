import { buildFederatedSchema } from '@jingtong/kit';
import { citizenCentreResolvers } from '../citizens/citizen-centre-resolvers.js';
import { DevSignInResolver } from '../resolvers/dev-sign-in.resolver.js';
import { MeResolver } from '../resolvers/me.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { OfficerAdminResolver } from '../officers/resolvers/officer-admin.resolver.js';
import { OfficerSignInResolver } from '../officers/resolvers/officer-sign-in.resolver.js';
import { UnitResolver } from '../officers/resolvers/unit.resolver.js';
import { PartnerKeyResolver } from '../partners/partner-key.resolver.js';
import { VerifyPersonResolver } from '../partners/verify-person.resolver.js';
import { resolveCitizenReference } from './citizen.reference.js';

export const buildIdentitySchema = () =>
  buildFederatedSchema({
    resolvers: [MeResolver, DevSignInResolver, ...citizenCentreResolvers, OfficerSignInResolver, OfficerAdminResolver, UnitResolver, PartnerKeyResolver, VerifyPersonResolver, AuditResolver],
    references: { Citizen: resolveCitizenReference },
    auditTrail: 'identity',
  });
