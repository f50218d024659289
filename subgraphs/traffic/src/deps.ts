import type { CacheStore, LegacySoapClient, Logger } from '@jingtong/kit';
import type { TrafficEnv } from './env.js';
import type { TrafficGateway } from '@jingtong/legacy-clients/traffic';

export interface TrafficDeps {
  env: TrafficEnv;
  logger: Logger;
  cache: CacheStore;
  traffic: TrafficGateway;
  soap: LegacySoapClient;
}
