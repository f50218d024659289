import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import { type AnySubgraphDefinition, buildSubgraph, type StartedSubgraph } from '@jingtong/kit';
import { queue } from '@jingtong/queue/subgraph';
import { type Stack, TEST_SECRET } from '../../kit/stack.js';
import { SERVER_APP_DATABASE_URL, SERVER_REDIS_URL } from '../../kit/storage.js';
import { queueDeps } from './queue-world.js';

const urlOf = (app: { server: { address(): unknown } }) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

export interface QueueReplicas {
  /** One gateway per replica of the queue subgraph (the stack's own, and a second one), over the stack's other subgraphs. */
  gatewayUrls: [string, string];
  second: StartedSubgraph;
  close(): Promise<void>;
}

/**
 * A second replica of the queue subgraph on the stack's PostgreSQL schema and Redis (as a second process behind a
 * load balancer would be), and a gateway in front of each replica, with a deadline that a burst of a thousand
 * requests in this one test process cannot reach.
 */
export async function queueReplicas(stack: Stack, env: Record<string, string> = {}): Promise<QueueReplicas> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jingtong-queue-replica-'));
  const second = await buildSubgraph(queue as AnySubgraphDefinition, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    CALLER_SIGNING_SECRET: TEST_SECRET,
    JOBS_POLL_MS: '200',
    DATABASE_URL: SERVER_APP_DATABASE_URL,
    REDIS_URL: SERVER_REDIS_URL,
    DATABASE_SCHEMA: queueDeps(stack).database.schema,
    DATA_DIR: dataDir,
    ...env,
    ...queue.legacy?.(stack.legacy.url),
  });
  await second.app.listen({ port: 0, host: '127.0.0.1' });
  const identity = stack.identityUrl;
  const gateway = async (queueUrl: string, prefix: string) => {
    const app = await createGateway({
      env: loadGatewayEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        CALLER_SIGNING_SECRET: TEST_SECRET,
        JWKS_URL: `${identity}/.well-known/jwks.json`,
        IDENTITY_INTERNAL_URL: identity,
        SAFELIST_ENFORCE: 'false',
        REDIS_URL: SERVER_REDIS_URL,
        RATE_LIMIT_PREFIX: `jt:rl:queue-replicas:${prefix}:${Date.now()}`,
        RATE_LIMIT_IP_PER_MINUTE: '100000',
        RATE_LIMIT_CALLER_PER_MINUTE: '100000',
        SUBGRAPH_DEADLINE_MS: '60000',
      }),
      subgraphUrls: { ...stack.subgraphUrls, queue: queueUrl },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app;
  };
  const gateways = [await gateway(stack.subgraphUrls.queue, 'a'), await gateway(`${urlOf(second.app)}/graphql`, 'b')];
  return {
    gatewayUrls: [`${urlOf(gateways[0])}/graphql`, `${urlOf(gateways[1])}/graphql`],
    second,
    close: async () => {
      for (const g of gateways) await g.close();
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
