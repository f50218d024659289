import { buildFederatedSchema } from '@jingtong/kit';
import { DevSignInResolver } from '../resolvers/dev-sign-in.resolver.js';
import { MeResolver } from '../resolvers/me.resolver.js';
import { resolveCitizenReference } from './citizen.reference.js';

export const buildIdentitySchema = () =>
  buildFederatedSchema({
    resolvers: [MeResolver, DevSignInResolver],
    references: { Citizen: resolveCitizenReference },
  });
