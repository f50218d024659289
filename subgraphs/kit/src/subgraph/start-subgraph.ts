import type { FastifyInstance } from 'fastify';
import { createSubgraphServer } from '../server/create-subgraph-server.js';
import type { AnySubgraphDefinition, SubgraphDepsBase, SubgraphEnvBase } from './define-subgraph.js';

export interface StartedSubgraph<Deps extends SubgraphDepsBase = SubgraphDepsBase> {
  name: string;
  app: FastifyInstance;
  deps: Deps;
  env: SubgraphEnvBase;
  /** Stop serving, then release the dependencies (database, caches, clients, workers). */
  close(): Promise<void>;
}

/** Build a subgraph from its definition and the given environment; listening is the caller's choice. */
export async function buildSubgraph<D extends AnySubgraphDefinition>(definition: D, source: NodeJS.ProcessEnv): Promise<StartedSubgraph<Awaited<ReturnType<D['buildDeps']>>>> {
  const env = definition.env(source);
  const deps = await definition.buildDeps(env, source);
  try {
    const app = await createSubgraphServer({
      name: definition.name,
      schema: await definition.schema(),
      callerSecret: env.CALLER_SIGNING_SECRET,
      logger: deps.logger,
      buildContext: (caller) => definition.context(deps, caller),
      ready: deps.ready,
      publicRoutes: definition.routes ? (app) => definition.routes!(app, deps) : undefined,
    });
    definition.hooks?.(app, deps);
    return {
      name: definition.name,
      app,
      deps,
      env,
      close: async () => {
        await app.close();
        await deps.close();
      },
    };
  } catch (error) {
    await deps.close();
    throw error;
  }
}
