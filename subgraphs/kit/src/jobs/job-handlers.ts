/** What a handler is given: the row's identity and the attempt being made (1 on the first run). */
export interface Job<P = unknown> {
  id: string;
  kind: string;
  key: string;
  payload: P;
  attempt: number;
}

export interface JobContext {
  /** Aborted when the lease runs out or the worker is stopping: stop and throw, the job is tried again. */
  signal: AbortSignal;
}

export type JobHandler<P = unknown> = (job: Job<P>, ctx: JobContext) => Promise<void>;

// biome-ignore lint/suspicious/noExplicitAny: so that a handler annotated with its own payload type (`job: Job<ScreenPayload>`) still fits the map.
export type JobHandlerMap = Record<string, JobHandler<any>>;

/** The payload type of each kind, read back from the handlers' parameter types. */
export type JobPayloads<H extends JobHandlerMap> = { [K in keyof H]: H[K] extends JobHandler<infer P> ? P : never };

export type JobKind<H extends JobHandlerMap> = keyof H & string;

/**
 * A subgraph's handlers, one per kind, keyed by the kind string stored in `jobs.kind`. Identity only:
 * it keeps the literal kinds and payload types for `jobEnqueuer<typeof handlers>()` and the worker.
 */
export const defineJobHandlers = <H extends JobHandlerMap>(handlers: H): H => handlers;

/** The payload a recurring kind's handler receives: the start of the period being run (ISO). */
export interface RecurringJobPayload {
  periodStart: string;
}
