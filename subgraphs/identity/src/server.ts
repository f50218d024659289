import { createSubgraphServer } from '@jingtong/kit';
import { buildContext } from './context.js';
import { registerInternalRoutes } from './internal/internal-routes.js';
import type { IdentityDeps } from './deps.js';
import { buildIdentitySchema } from './schema/build-schema.js';

export { buildDeps } from './build-deps.js';
export { loadIdentityEnv, IdentityEnvSchema, type IdentityEnv } from './env.js';
export type { IdentityDeps } from './deps.js';
export { runAuditMaintenance } from './audit/audit-job.js';
export { DEMO_OFFICERS, DEMO_OFFICER_PASSWORD } from './officers/demo-officers.js';
export { unitScope, unitCovers, type UnitScope, type ScopePurpose } from './officers/unit-scope.js';

/** The identity subgraph: citizens, sign-in, and the JWKS the gateway verifies tokens with. */
export async function createServer(deps: IdentityDeps) {
  return createSubgraphServer({
    name: 'identity',
    schema: await buildIdentitySchema(),
    callerSecret: deps.env.CALLER_SIGNING_SECRET,
    logger: deps.logger,
    buildContext: (caller) => buildContext(deps, caller),
    ready: () => deps.database.ping(),
    publicRoutes: (app) => {
      app.get('/.well-known/jwks.json', async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return deps.tokens.jwks();
      });
      registerInternalRoutes(app, deps);
    },
  });
}
