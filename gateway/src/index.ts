import { createGateway, loadGatewayEnv, subgraphUrls } from './server.js';

const env = loadGatewayEnv();
const app = await createGateway({ env, subgraphUrls: subgraphUrls() });
await app.listen({ port: env.PORT, host: env.HOST });
const shutdown = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
