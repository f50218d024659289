/** The queue machine's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';

export const queueEnv = z.object({
  /**
   * The machine's clock reads this when the stand-in starts, then runs on in real time (ISO 8601 with an
   * offset, e.g. 2026-11-02T10:10:00+08:00); unset, the real clock. For demos and recordings.
   */
  LEGACY_QUEUE_CLOCK: unsetIfBlank(z.iso.datetime({ offset: true }).optional()),
  /** `true`: the clock stays at LEGACY_QUEUE_CLOCK (recorded samples answer the same, to the second). */
  LEGACY_QUEUE_CLOCK_FROZEN: unsetIfBlank(z.enum(['true', 'false']).default('false')),
});
