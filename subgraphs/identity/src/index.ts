import { runServer } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { loadIdentityEnv } from './env.js';
import { createServer } from './server.js';

const env = loadIdentityEnv();
const deps = await buildDeps(env);
const app = await createServer(deps);
await runServer(app, { port: env.PORT, host: env.HOST, logger: deps.logger, onClose: deps.close });
