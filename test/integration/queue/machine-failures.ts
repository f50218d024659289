import { sql } from '@jingtong/kit';
import { QUEUE_JOBS } from '@jingtong/queue';
import { eventually } from '../citizens.support.js';
import { auditCount, booked, citizen, dueNow, hallsOf, machineDay, Q, type QueuePart, queueDb, take } from './queue-world.js';

const HALL = 'XC-CG-01';
const ITEM = 'JSZ';

/** When the machine refuses or fails, the seat goes back; a number it may have issued anyway is cancelled there. */
export const machineFailures: QueuePart = {
  title: 'when the machine refuses or fails',
  define(world) {
    const ticketsOf = (citizenId: string) => queueDb(world.stack).selectFrom('queue_tickets').selectAll().where('citizen_id', '=', citizenId).orderBy('created_at').execute();
    const taken = async (token: string, date: string, slot: string) =>
      ((await world.stack.graphql(Q.slots, { h: HALL, i: ITEM, d: date }, token)).body.data.queueSlots as Array<{ slot: string; taken: number }>).find((s) => s.slot === slot)?.taken;

    afterEach(() => {
      world.stack.legacy.setFaults({ system: 'queue', latencyMs: 0, mode: 'normal', errorRate: 0 });
    });

    it('gives the seat back when the machine refuses the slot (our hall data behind the machine’s)', async () => {
      const person = await citizen(world.stack);
      const date = (await hallsOf(world.stack, person.token))[HALL].bookableDates[0];
      const db = queueDb(world.stack);
      const { sessions } = await db.selectFrom('queue_halls').select('sessions').where('code', '=', HALL).executeTakeFirstOrThrow();
      // As if the machine had shortened its evening hours since the last sync.
      await sql`update queue_halls set sessions = ${JSON.stringify([...sessions, { start: '18:00', end: '18:30' }])}::jsonb where code = ${HALL}`.execute(db);
      try {
        const refused = await take(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '18:00-18:30' });
        expect(refused).toMatchObject({ ticket: null, error: { code: 'SLOT_INVALID', field: 'slot' } });
        const [row] = await ticketsOf(person.id);
        expect(row).toMatchObject({ status: 'RELEASED', release_reason: 'REFUSED', number: null });
        expect(await taken(person.token, date, '18:00-18:30')).toBe(0);
        expect(await auditCount(world.stack, 'QUEUE_BOOKING_RELEASED', row.id)).toBe(1);
      } finally {
        await sql`update queue_halls set sessions = ${JSON.stringify(sessions)}::jsonb where code = ${HALL}`.execute(db);
      }
      // Not a booking: the citizen books that day as if nothing had happened.
      expect((await booked(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '09:00-09:30' })).status).toBe('BOOKED');
    });

    it('gives the seat back when the machine does not answer in time, and cancels there the number it issued anyway', async () => {
      const person = await citizen(world.stack);
      const date = (await hallsOf(world.stack, person.token))[HALL].bookableDates[1];
      const slot = '10:00-10:30';
      const onlineNumbers = async () => (await machineDay(world.stack, HALL, date, ITEM)).tickets.filter((t) => t.channel === 'ONLINE' && t.slot === slot);
      expect(await onlineNumbers()).toEqual([]);

      // Slower than the deadline (3 s): the machine still issues the number, after we gave up.
      world.stack.legacy.setFaults({ system: 'queue', latencyMs: 4_000 });
      const failed = await take(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot });
      expect(failed.ticket).toBeNull();
      expect(failed.errors?.[0]?.extensions?.code).toBe('LEGACY_TIMEOUT');
      world.stack.legacy.setFaults({ system: 'queue', latencyMs: 0 });
      const [row] = await ticketsOf(person.id);
      expect(row).toMatchObject({ status: 'RELEASED', release_reason: 'MACHINE_FAILED', number: null });
      expect(await taken(person.token, date, slot)).toBe(0);
      const [orphan] = await eventually(async () => {
        const numbers = await onlineNumbers();
        return numbers.length ? numbers : undefined;
      }, 'the late number at the machine', 5_000);
      expect(orphan.status).toBe('WAITING');

      // The settle job (its timer moved to now) asks with the same reference and cancels what it gets.
      await dueNow(world.stack, QUEUE_JOBS.settle, row.id);
      await world.stack.drainJobs();
      expect(await onlineNumbers()).toEqual([expect.objectContaining({ number: orphan.number, status: 'CANCELLED' })]);
      expect((await ticketsOf(person.id))[0]).toMatchObject({ status: 'RELEASED', release_reason: 'VOIDED' });
      expect(await auditCount(world.stack, 'QUEUE_NUMBER_VOIDED', row.id)).toBe(1);

      // The citizen books again: a new number, the seat taken once.
      const again = await booked(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot });
      expect(again.number).not.toBe(orphan.number);
      expect(await taken(person.token, date, slot)).toBe(1);
    });

    it('gives the seat back when the machine is down, and books nothing there', async () => {
      const person = await citizen(world.stack);
      const date = (await hallsOf(world.stack, person.token))[HALL].bookableDates[2];
      world.stack.legacy.setFaults({ system: 'queue', mode: 'down' });
      const failed = await take(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '11:00-11:30' });
      expect(failed.errors?.[0]?.extensions?.code).toBe('LEGACY_UNAVAILABLE');
      world.stack.legacy.setFaults({ system: 'queue', mode: 'normal' });
      expect(await taken(person.token, date, '11:00-11:30')).toBe(0);
      expect((await ticketsOf(person.id))[0]).toMatchObject({ status: 'RELEASED', release_reason: 'MACHINE_FAILED' });
    });
  },
};
