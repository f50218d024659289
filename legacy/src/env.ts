/**
 * Environment of the stand-ins, validated once with zod; every problem is listed at once.
 * Per system (id in upper case, e.g. TRAFFIC, POPULATION):
 *   LEGACY_<ID>_LATENCY_MS, LEGACY_<ID>_JITTER_MS, LEGACY_<ID>_ERROR_RATE, LEGACY_<ID>_MODE
 * plus each system module's own variables (see src/systems/<id>/env.ts).
 */
import { z } from 'zod';
import { DEFAULT_SEED_OPTIONS } from './seed/index.js';
import { FAULT_MODES, type FaultSettings } from './framework/faults.js';
import type { SystemModule } from './framework/system.js';
import { unsetIfBlank } from './framework/env-vars.js';


const baseSchema = z.object({
  LEGACY_HOST: unsetIfBlank(z.string().default('127.0.0.1')),
  LEGACY_PORT: unsetIfBlank(z.coerce.number().int().min(0).max(65535).default(4900)),
  LEGACY_SEED: unsetIfBlank(z.coerce.number().int().default(DEFAULT_SEED_OPTIONS.seed)),
  LEGACY_PERSONS: unsetIfBlank(z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_SEED_OPTIONS.persons)),
  LEGACY_VEHICLES: unsetIfBlank(z.coerce.number().int().min(100).max(2_000_000).default(DEFAULT_SEED_OPTIONS.vehicles)),
  LEGACY_REFERENCE_DATE: unsetIfBlank(z.iso.date().default(DEFAULT_SEED_OPTIONS.referenceDate)),
});

function faultSchema(system: string) {
  const prefix = `LEGACY_${system.toUpperCase()}`;
  return z.object({
    [`${prefix}_LATENCY_MS`]: unsetIfBlank(z.coerce.number().int().min(0).max(600_000).default(0)),
    [`${prefix}_JITTER_MS`]: unsetIfBlank(z.coerce.number().int().min(0).max(600_000).default(0)),
    [`${prefix}_ERROR_RATE`]: unsetIfBlank(z.coerce.number().min(0).max(1).default(0)),
    [`${prefix}_MODE`]: unsetIfBlank(z.enum(FAULT_MODES).default('normal')),
  });
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid legacy environment:\n  ${problems.join('\n  ')}`);
    this.name = 'EnvError';
  }
}

export interface LegacyEnv {
  host: string;
  port: number;
  seed: number;
  persons: number;
  vehicles: number;
  referenceDate: string;
  /** Fault settings that reset() returns to. */
  faults: Map<string, FaultSettings>;
  source: NodeJS.ProcessEnv;
}

export function loadEnv(systems: readonly Pick<SystemModule, 'id' | 'env'>[], source: NodeJS.ProcessEnv = process.env): LegacyEnv {
  const problems: string[] = [];
  const collect = <T>(result: z.ZodSafeParseResult<T>): T | undefined => {
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  };
  const base = collect(baseSchema.safeParse(source));
  const faults = new Map<string, FaultSettings>();
  for (const system of systems) {
    const parsed = collect(faultSchema(system.id).safeParse(source)) as Record<string, never> | undefined;
    const prefix = `LEGACY_${system.id.toUpperCase()}`;
    if (parsed) {
      faults.set(system.id, {
        latencyMs: parsed[`${prefix}_LATENCY_MS`],
        jitterMs: parsed[`${prefix}_JITTER_MS`],
        errorRate: parsed[`${prefix}_ERROR_RATE`],
        mode: parsed[`${prefix}_MODE`],
      });
    }
    if (system.env) collect(system.env.safeParse(source));
  }
  if (!base || problems.length > 0) throw new EnvError(problems);
  return {
    host: base.LEGACY_HOST,
    port: base.LEGACY_PORT,
    seed: base.LEGACY_SEED,
    persons: base.LEGACY_PERSONS,
    vehicles: base.LEGACY_VEHICLES,
    referenceDate: base.LEGACY_REFERENCE_DATE,
    faults,
    source,
  };
}
