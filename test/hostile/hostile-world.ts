import type { Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';

/** What every hostile area gets: the suite's one stack (started once per storage path) and that path. */
export interface HostileWorld {
  mode: StorageMode;
  /** Set in the suite's beforeAll: read it inside hooks and tests, never at describe time. */
  stack: Stack;
}

/**
 * One attack surface (an item or a few of the security issue): `define` declares its tests with Jest's
 * describe/it. Areas share the stack; one that needs other settings starts its own extra gateway
 * (`stack.extraGateway(env)`) or servers, and closes them in its own afterAll.
 */
export interface HostileArea {
  title: string;
  define(world: HostileWorld): void;
}
