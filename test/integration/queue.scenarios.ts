import { OfficerKit } from '../kit/officers.js';
import { startStack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { booking } from './queue/booking.js';
import { cancelling } from './queue/cancelling.js';
import { concurrentBooking } from './queue/concurrent-booking.js';
import { hallSettings } from './queue/hall-settings.js';
import { machineFailures } from './queue/machine-failures.js';
import { noShowBar } from './queue/no-show-bar.js';
import type { QueuePart, QueueWorld } from './queue/queue-world.js';
import { windowDesk } from './queue/window-desk.js';

/**
 * In this order, on one stack: the parts that move the clocks to a hall's day (the window, the no-show bar) come
 * after those that book at today's time, and each books its own hall, item, day and slot.
 */
const PARTS: QueuePart[] = [booking, cancelling, hallSettings, machineFailures, windowDesk, noShowBar, concurrentBooking];

/** Hall queue numbers through the gateway, on one storage path (one stack for every part). */
export function describeQueue(mode: StorageMode) {
  describe(`hall queue numbers (${mode})`, () => {
    const world = { mode } as QueueWorld;

    beforeAll(async () => {
      world.stack = await startStack({ mode });
      world.officers = new OfficerKit(world.stack);
      // The halls come from the machines in the sync job's first period.
      await world.stack.drainJobs();
    }, 120_000);

    afterAll(async () => {
      await world.stack?.close();
    });

    for (const part of PARTS) describe(part.title, () => part.define(world));

    describe('afterwards', () => {
      it('leaves no job dead', async () => {
        await world.stack.drainJobs();
        const { body } = await world.stack.graphql(`{ jobQueues { queue { counts { dead } jobs(state: DEAD) { kind lastError } } } }`, {}, await world.officers.demo('sysadmin'));
        expect(body.data.jobQueues.queue).toEqual({ counts: { dead: 0 }, jobs: [] });
      });
    });
  });
}
