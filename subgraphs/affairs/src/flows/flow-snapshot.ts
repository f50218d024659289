import { createHash } from 'node:crypto';
import { type Flow, FlowSchema } from './flow-definition.js';

export type Frozen<T> = T extends (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

export interface FlowSnapshot {
  flow: Frozen<Flow>;
  /** sha256 (hex) of the canonical JSON: the same content gives the same digest, whatever the order of keys. */
  digest: string;
}

/** JSON with object keys sorted at every depth and arrays in their order; undefined members left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

function deepFreeze<T>(value: T): Frozen<T> {
  if (value !== null && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value as Frozen<T>;
}

/**
 * What publishing a business version keeps: a copy of its flow nobody can change (an application stays on the
 * version it started on), and a digest that tells whether two publications hold the same flow. The flow is read
 * through its schema first, so the copy holds nothing but the definition (no stray keys, no shared references).
 * Publish only a flow `validateFlow` found no problem in; this checks the shape, not the sense.
 */
export function snapshotFlow(flow: Flow): FlowSnapshot {
  const copy = FlowSchema.parse(structuredClone(flow));
  return { flow: deepFreeze(copy), digest: createHash('sha256').update(canonicalJson(copy), 'utf8').digest('hex') };
}
