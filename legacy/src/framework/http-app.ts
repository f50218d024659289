/** The one HTTP server of all stand-ins: SOAP endpoints at /<system>, admin at /__legacy/*. */
import Fastify, { type FastifyInstance } from 'fastify';
import { adminRoutes, type AdminApi } from './admin-routes.js';
import { soapRoutes, type SoapRoutesDeps } from './soap-routes.js';

export function createHttpApp(deps: SoapRoutesDeps & { admin: AdminApi }): FastifyInstance {
  // forceCloseConnections: close() must not wait for keep-alive sockets of SOAP clients.
  const app = Fastify({ logger: false, forceCloseConnections: true, routerOptions: { ignoreTrailingSlash: true } });
  void app.register(soapRoutes(deps));
  void app.register(adminRoutes(deps.admin));
  return app;
}
