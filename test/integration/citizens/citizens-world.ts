import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import type { StorageMode } from '../../kit/storage.js';
import type { People } from '../citizens.support.js';

/** What every part of the citizens suite gets: the suite's one stack per storage path, and what is shared on it. */
export interface CitizensWorld {
  mode: StorageMode;
  /** Set in the suite's beforeAll: read these inside hooks and tests, never at describe time. */
  stack: Stack;
  people: People;
  officers: OfficerKit;
  /**
   * Personal values a test sent to be stored (duty phones, file numbers, phones, reveal notes…), with what they
   * are: the at-rest check looks for each of them in clear, wherever the run may have put them.
   */
  written: Map<string, string>;
}

/** One group of the citizens suite's tests; `define` declares them with Jest's describe/it. */
export interface CitizensPart {
  title: string;
  define(world: CitizensWorld): void;
}
