import type { IdentityModule } from '../identity-module.js';
import { citizenCentreResolvers } from './citizen-centre-resolvers.js';
import { MeResolver } from './me.resolver.js';
import { DevSignInResolver } from './sign-in/dev-sign-in.resolver.js';
import * as m20261128T0900 from './migrations/2026-11-28T0900-citizens.js';
import * as m20261128T1000 from './migrations/2026-11-28T1000-citizen-channels.js';
import * as m20261128T1005 from './migrations/2026-11-28T1005-real-name.js';
import * as m20261128T1010 from './migrations/2026-11-28T1010-bindings.js';
import * as m20261128T1015 from './migrations/2026-11-28T1015-fugitive-alerts.js';

/** The citizen user centre (tender 2.3.5.4): sign-in channels merged into one citizen, real-name levels, bindings, fugitive screening and alerts, masked personal data. */
export const citizensModule: IdentityModule = {
  name: 'citizens',
  resolvers: [MeResolver, DevSignInResolver, ...citizenCentreResolvers],
  migrations: {
    '2026-11-28T0900-citizens': m20261128T0900,
    '2026-11-28T1000-citizen-channels': m20261128T1000,
    '2026-11-28T1005-real-name': m20261128T1005,
    '2026-11-28T1010-bindings': m20261128T1010,
    '2026-11-28T1015-fugitive-alerts': m20261128T1015,
  },
};
export { createCitizensDeps } from './create-citizens-deps.js';
export type { CitizensDeps } from './citizens-deps.js';
export { citizenLoaders } from './citizen-loaders.js';
export { resolveCitizenReference } from './schema/citizen.reference.js';
