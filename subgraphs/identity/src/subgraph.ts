import { defineSubgraph } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { buildContext } from './context.js';
import { loadIdentityEnv } from './env.js';
import { registerInternalRoutes } from './internal/internal-routes.js';
import { identityJobs } from './jobs/identity-jobs.js';
import { buildIdentitySchema } from './schema/build-schema.js';

/** The identity subgraph: the unified user centre (citizens, officers, partners), tokens and the audit trail. */
export const identity = defineSubgraph({
  name: 'identity',
  env: loadIdentityEnv,
  buildDeps,
  schema: buildIdentitySchema,
  context: buildContext,
  jobs: identityJobs,
  audit: true,
  routes: (app, deps) => {
    app.get('/.well-known/jwks.json', async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return deps.tokens.jwks();
    });
    registerInternalRoutes(app, deps);
  },
  legacy: (url) => ({
    POPULATION_ENDPOINT: `${url}/population`,
    SMS_ENDPOINT: `${url}/sms`,
    FUGITIVE_ENDPOINT: `${url}/fugitive`,
    FACE_ENDPOINT: `${url}/face`,
    TRAFFIC_ENDPOINT: `${url}/traffic`,
    ALIPAY_GATEWAY_URL: `${url}/alipay/gateway.do`,
    WECHAT_API_URL: `${url}/wechat`,
  }),
});
