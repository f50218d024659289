import { runServer } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { loadTrafficEnv } from './env.js';
import { createServer } from './server.js';

const env = loadTrafficEnv();
const deps = await buildDeps(env);
const app = await createServer(deps);
await runServer(app, { port: env.PORT, host: env.HOST, logger: deps.logger, onClose: deps.close });
