import type { CacheStore, LegacySoapClient, Logger, Metrics } from '@jingtong/kit';
import type { TrafficEnv } from './env.js';
import type { TrafficGateway } from '@jingtong/legacy-clients/traffic';

export interface TrafficDeps {
  env: TrafficEnv;
  logger: Logger;
  metrics: Metrics;
  cache: CacheStore;
  traffic: TrafficGateway;
  soap: LegacySoapClient;
}
