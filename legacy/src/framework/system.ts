/**
 * What a legacy system stand-in is: one folder under src/systems/ exporting a SystemModule
 * (its WSDL file, its env variables, a factory for its operations), listed in
 * src/systems/registry.ts. The framework adds HTTP, faults, counters and validation.
 */
import type { z } from 'zod';
import type { SeedData } from '../seed/index.js';
import type { SoapReply } from './message.js';

// biome-ignore lint/suspicious/noExplicitAny: a system's operations map holds each operation's own Args; handle() is contravariant in them, so `unknown` would reject every one
export interface Operation<Args = any> {
  /** Validates node-soap's parsed request element against the WSDL's shape. */
  request: z.ZodType<Args>;
  /** Synchronous on purpose: node-soap then reports every throw as a fault (no stray rejections). */
  handle(args: Args): SoapReply;
}

export function defineOperation<S extends z.ZodType>(request: S, handle: (args: z.output<S>) => SoapReply): Operation<z.output<S>> {
  return { request: request as z.ZodType<z.output<S>>, handle };
}

export interface SystemInstance {
  /** Exactly the operations of the WSDL's binding; checked at start. */
  operations: Record<string, Operation>;
  /** Drops run-time state (e.g. sessions); called by reset(). */
  reset(): void;
}

export interface SystemContext {
  seed: SeedData;
  /** process.env (already validated against every module's env schema). */
  env: NodeJS.ProcessEnv;
  /** tokenSeed: generated ids derived from it instead of random (sample recording). */
  overrides: { sessionTtlSeconds?: number | undefined; tokenSeed?: string | undefined };
}

export interface SystemModule<Id extends string = string> {
  /** URL path segment (/traffic) and env prefix (LEGACY_TRAFFIC_*). */
  id: Id;
  title: string;
  wsdlFile: URL;
  /** The module's own env variables, validated together with the framework's. */
  env?: z.ZodObject;
  create(context: SystemContext): SystemInstance;
}
