/**
 * Per-system fault injection: latency (base + uniform jitter), a share of calls answered
 * with a soap:Server INTERNAL_ERROR fault, and the outage modes:
 * - down:    the system's path answers HTTP 503 with the HTML page of the reverse proxy in
 *            front of it (what a caller sees when the platform behind the provincial
 *            gateway is down; a refused connection cannot be staged on a shared port).
 * - timeout: the request is accepted and never answered; it is held until the mode
 *            changes, reset() or close(), then its socket is destroyed.
 */
import { z } from 'zod';

export const FAULT_MODES = ['normal', 'down', 'timeout'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultSettings {
  latencyMs: number;
  jitterMs: number;
  errorRate: number;
  mode: FaultMode;
}

export const NO_FAULTS: FaultSettings = { latencyMs: 0, jitterMs: 0, errorRate: 0, mode: 'normal' };

const MAX_DELAY_MS = 600_000;

export const faultFields = {
  latencyMs: z.number().int().min(0).max(MAX_DELAY_MS),
  jitterMs: z.number().int().min(0).max(MAX_DELAY_MS),
  errorRate: z.number().min(0).max(1),
  mode: z.enum(FAULT_MODES),
};

export function faultPatchSchema<Id extends string>(systems: readonly [Id, ...Id[]]) {
  return z.strictObject({
    system: z.enum(systems),
    latencyMs: faultFields.latencyMs.optional(),
    jitterMs: faultFields.jitterMs.optional(),
    errorRate: faultFields.errorRate.optional(),
    mode: faultFields.mode.optional(),
  });
}

export type FaultPatch<Id extends string = string> = { system: Id } & Partial<FaultSettings>;

export class FaultBoard<Id extends string = string> {
  private readonly current = new Map<Id, FaultSettings>();

  constructor(
    private readonly defaults: ReadonlyMap<Id, FaultSettings>,
    private readonly random: () => number = Math.random,
  ) {
    this.reset();
  }

  get(system: Id): FaultSettings {
    const settings = this.current.get(system);
    if (!settings) throw new Error(`unknown legacy system: ${system}`);
    return settings;
  }

  all(): Record<Id, FaultSettings> {
    return Object.fromEntries(this.current) as Record<Id, FaultSettings>;
  }

  /** Returns the settings now in force for that system. */
  set(patch: FaultPatch<Id>): FaultSettings {
    const { system, ...changes } = patch;
    const next = { ...this.get(system), ...stripUndefined(changes) };
    this.current.set(system, next);
    return next;
  }

  reset(): void {
    for (const [system, settings] of this.defaults) this.current.set(system, { ...settings });
  }

  /** Milliseconds to wait before answering this request. */
  delayFor(system: Id): number {
    const { latencyMs, jitterMs } = this.get(system);
    return latencyMs + (jitterMs > 0 ? Math.floor(this.random() * (jitterMs + 1)) : 0);
  }

  shouldFail(system: Id): boolean {
    const { errorRate } = this.get(system);
    return errorRate > 0 && this.random() < errorRate;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
