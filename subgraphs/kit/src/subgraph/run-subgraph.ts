import { portOf } from '../../../registry.js';
import { runServer } from '../server/run-server.js';
import type { AnySubgraphDefinition } from './define-subgraph.js';
import { buildSubgraph } from './start-subgraph.js';

/** A subgraph's `main()`: build from the process environment, listen on `PORT` (else the registry's port). */
export async function runSubgraph(definition: AnySubgraphDefinition, source: NodeJS.ProcessEnv = process.env): Promise<void> {
  const subgraph = await buildSubgraph(definition, source);
  await runServer(subgraph.app, {
    port: subgraph.env.PORT ?? portOf(definition.name),
    host: subgraph.env.HOST,
    logger: subgraph.deps.logger,
    onClose: async () => {
      await subgraph.jobs?.stop();
      await subgraph.deps.close();
    },
  });
}
