// The processes the bench measures: legacy stand-ins, every subgraph and our gateway on the default ports
// (as `npm start`), then the comparison gateways (stock Apollo, Hive, Hive + Rust planner) over the same
// running subgraphs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallerInput } from '@jingtong/kit';
import { standInCredentialsEnv } from '@jingtong/legacy';
import { buildServices } from '../../scripts/build-services.mjs';
import { entryOf, SUBGRAPHS } from '../../subgraphs/registry.js';
import { COMPARISON_PORTS, config, type Target } from './config.js';
import { spawnService, stopAll, waitGraphQL, waitHealthy, type Service } from './services.js';

export const SECRET = 'bench-caller-signing-secret-0123456789abcdef';
export const LEGACY = 'http://127.0.0.1:4900';
export const GATEWAY = 'http://127.0.0.1:4000/graphql';
export const subgraphUrl = (name: string) => `http://127.0.0.1:${SUBGRAPHS.find((s) => s.name === name)!.port}`;

export class Stack {
  readonly services: Service[] = [];
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'jingtong-bench-'));
  private readonly run = `bench${Date.now().toString(36)}`;
  readonly build: { files: number; ms: number } | undefined;

  private constructor(build?: { files: number; ms: number }) {
    this.build = build;
  }

  static async start(): Promise<Stack> {
    // The bench's own comparison gateways are compiled with the services, so every gateway runs the same way.
    const build = config.runtime === 'compiled' ? await buildServices({ extraDirs: ['test/bench/gateways'], quiet: true }) : undefined;
    const stack = new Stack(build);
    try {
      await stack.startOurs();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  private spawn(name: string, entry: string, env: Record<string, string>): Service {
    const service = spawnService(name, entry, env, config.runtime);
    this.services.push(service);
    return service;
  }

  private storageEnv(name: string): Record<string, string> {
    return config.storage === 'servers'
      ? { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_SCHEMA: `${this.run}_${name}` }
      : { DATA_DIR: this.dataDir };
  }

  private get common() {
    return { NODE_ENV: 'development', CALLER_SIGNING_SECRET: SECRET, LEGACY_MAX_IN_FLIGHT: '256', DEMO_OFFICERS: 'off' };
  }

  private async startOurs(): Promise<void> {
    // The stand-ins delay each call by LATENCY + uniform[0, JITTER]: 50 ± 10 ms is 40 + [0, 20].
    const latency = String(config.legacyLatencyMs - config.legacyJitterMs);
    const jitter = String(2 * config.legacyJitterMs);
    this.spawn('legacy', 'legacy/src/main.ts', {
      LEGACY_TRAFFIC_LATENCY_MS: latency,
      LEGACY_TRAFFIC_JITTER_MS: jitter,
      LEGACY_POPULATION_LATENCY_MS: latency,
      LEGACY_POPULATION_JITTER_MS: jitter,
    });
    await waitHealthy(`${LEGACY}/__legacy/health`);
    for (const s of SUBGRAPHS) this.spawn(s.name, entryOf(s.name), { ...this.common, ...standInCredentialsEnv(), ...this.storageEnv(s.name) });
    for (const s of SUBGRAPHS) await waitHealthy(`${subgraphUrl(s.name)}/healthz`);
    this.spawn('gateway', 'gateway/src/index.ts', {
      ...this.common,
      RATE_LIMIT_CALLER_PER_MINUTE: '10000000',
      RATE_LIMIT_IP_PER_MINUTE: '10000000',
      ...(config.storage === 'servers' ? { REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_PREFIX: `jt:rl:${this.run}` } : {}),
    });
    await waitHealthy('http://127.0.0.1:4000/healthz');
  }

  /** The comparison gateways sign every subgraph fetch for `caller` (they have no guard to establish one). */
  async startComparisons(targets: readonly Target[], caller: Omit<CallerInput, 'requestId'>): Promise<void> {
    const supergraph = join(process.cwd(), 'gateway/supergraph.graphql');
    const env = (port: number) => ({ NODE_ENV: 'production', CALLER_SIGNING_SECRET: SECRET, BENCH_CALLER: JSON.stringify(caller), SUPERGRAPH_PATH: supergraph, PORT: String(port) });
    const started: Array<[Target, number]> = [];
    if (targets.includes('stock-apollo')) {
      this.spawn('stock-apollo', 'test/bench/gateways/stock-apollo.ts', env(COMPARISON_PORTS['stock-apollo']));
      started.push(['stock-apollo', COMPARISON_PORTS['stock-apollo']]);
    }
    if (targets.includes('hive')) {
      this.spawn('hive', 'test/bench/gateways/hive.ts', env(COMPARISON_PORTS.hive));
      started.push(['hive', COMPARISON_PORTS.hive]);
    }
    if (targets.includes('hive-rust')) {
      this.spawn('hive-rust', 'test/bench/gateways/hive.ts', { ...env(COMPARISON_PORTS['hive-rust']), BENCH_HIVE_PLANNER: 'rust' });
      started.push(['hive-rust', COMPARISON_PORTS['hive-rust']]);
    }
    for (const [, port] of started) await waitGraphQL(`http://127.0.0.1:${port}/graphql`);
  }

  service(name: string): Service {
    const s = this.services.find((x) => x.name === name);
    if (!s) throw new Error(`no service ${name}`);
    return s;
  }

  /** Stops one service early (the comparison gateways, before the cold runs: nothing idle left beside ours). */
  async stopService(name: string): Promise<void> {
    const service = this.service(name);
    await stopAll([service]);
    this.services.splice(this.services.indexOf(service), 1);
  }

  async stop(): Promise<void> {
    await stopAll([...this.services].reverse());
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
