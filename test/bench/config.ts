// Every knob of `npm run bench`, from the environment; the defaults finish in about five minutes on two cores.
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
};
const list = (name: string, fallback: number[]) =>
  process.env[name] === undefined ? fallback : process.env[name]!.split(',').filter(Boolean).map(Number).filter((n) => n > 0);

/**
 * direct: traffic's `_entities` part alone; gateway: ours; stock-apollo, hive, hive-rust: the comparison
 * gateways; identity-direct: identity's part alone (`me` + bound plates, as the gateway asks for it);
 * identity-noop, traffic-noop: `{ __typename }`, what a subgraph costs before any resolver runs (probes, not
 * run unless named in BENCH_TARGETS).
 */
export const TARGETS = ['direct', 'identity-direct', 'gateway', 'stock-apollo', 'hive', 'hive-rust', 'identity-noop', 'traffic-noop'] as const;
export type Target = (typeof TARGETS)[number];
const DEFAULT_TARGETS: Target[] = ['direct', 'identity-direct', 'gateway', 'stock-apollo', 'hive', 'hive-rust'];

export const config = {
  /** embedded: PGlite + in-process cache; servers: PostgreSQL + Redis on 127.0.0.1. */
  storage: process.env.BENCH_STORAGE === 'servers' ? ('servers' as const) : ('embedded' as const),
  /** compiled (`.build/`, as production) or tsx (as `npm start`). */
  runtime: process.env.BENCH_RUNTIME === 'tsx' ? ('tsx' as const) : ('compiled' as const),
  /** Seconds per measured warm run, and of the warm-up before each (not measured). */
  durationS: num('BENCH_DURATION_S', 10),
  warmupS: num('BENCH_WARMUP_S', 3),
  /** Warm runs for every target at these connection counts… */
  connections: list('BENCH_CONNECTIONS', [50]),
  /** …and for our gateway and the direct subgraph at these too (saturation). */
  highConnections: list('BENCH_HIGH_CONNECTIONS', [500]),
  targets: (process.env.BENCH_TARGETS?.split(',').filter(Boolean) ?? DEFAULT_TARGETS).filter((t): t is Target => (TARGETS as readonly string[]).includes(t)),
  /** Cold runs: this many distinct citizens per rate (each signed in first), at these arrival rates (req/s). */
  coldCount: num('BENCH_COLD_COUNT', 1000),
  coldRates: list('BENCH_COLD_RATES', [50, 150, 300]),
  coldTimeoutMs: num('BENCH_COLD_TIMEOUT_MS', 10_000),
  /** The write flows after the cold queries (payment: StartPayment; booking: TakeQueueNumber): this many citizens each, at this rate; 0 = skip. */
  flowCount: num('BENCH_FLOW_COUNT', 500),
  flowRate: num('BENCH_FLOW_RATE', 100),
  /** Sign-ins in flight at once while preparing the cold citizens. */
  signInConcurrency: num('BENCH_SIGN_IN_CONCURRENCY', 16),
  /**
   * On a shared machine, wait before each run (at most this many seconds) until processes outside the bench
   * use under BENCH_QUIET_SHARE (5 %) of the CPU; the tables show what they used during each run anyway.
   */
  quietWaitS: num('BENCH_QUIET_WAIT_S', 10),
  quietShare: num('BENCH_QUIET_SHARE', 0.05),
  /** A run during which other processes used more than BENCH_DISTURBED_SHARE of the CPU is run again, this many times at most… */
  retries: num('BENCH_RETRIES', 1),
  disturbedShare: num('BENCH_DISTURBED_SHARE', 0.1),
  /** …and waits and re-runs stop once the bench has been running this long (it stays bounded). */
  budgetS: num('BENCH_BUDGET_S', 360),
  /** Seconds of doing nothing, to measure what each process burns at rest (timers, job polling, GC). */
  idleS: num('BENCH_IDLE_S', 3),
  /** Every legacy call takes 50 ± 10 ms (uniform), so a query's floor is its legacy waves × 50 ms. */
  legacyLatencyMs: 50,
  legacyJitterMs: 10,
};

/** Ports of the comparison gateways (ours keeps 4000). */
export const COMPARISON_PORTS = { 'stock-apollo': 4010, hive: 4011, 'hive-rust': 4012 } as const;

const benchStarted = Date.now();
/** Seconds since the bench started. */
export const elapsedS = () => (Date.now() - benchStarted) / 1000;
/** Whether there is still time for waiting on a busy machine or re-running a disturbed run. */
export const withinBudget = () => elapsedS() < config.budgetS;
