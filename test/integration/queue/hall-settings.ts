import { booked, citizen, hallsOf, Q, type QueuePart, take } from './queue-world.js';

const HALL = 'XC-YL-01';

/** Officers set a hall's capacity, online share and closed days; the seats follow at once. */
export const hallSettings: QueuePart = {
  title: 'hall settings',
  define(world) {
    const schedule = async (input: Record<string, unknown>, token: string) => (await world.stack.graphql(Q.schedule, { i: { hallId: HALL, ...input } }, token)).body;

    it('lets the system administrator or a leader set capacity and share, audited; a window officer may not', async () => {
      const window = await world.officers.demo('window01');
      expect((await schedule({ slotCapacity: 2 }, window)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const admin = await world.officers.demo('sysadmin');
      expect((await schedule({ onlineSharePercent: 150 }, admin)).data.updateQueueHallSchedule.error).toMatchObject({ code: 'SCHEDULE_INVALID', field: 'onlineSharePercent' });
      expect((await schedule({ closedDates: ['2026-13-01'] }, admin)).data.updateQueueHallSchedule.error).toMatchObject({ code: 'SCHEDULE_INVALID', field: 'closedDates' });
      const changed = (await schedule({ slotCapacity: 2, onlineSharePercent: 50 }, admin)).data.updateQueueHallSchedule;
      expect(changed).toMatchObject({ hall: { id: HALL, slotCapacity: 2, onlineSharePercent: 50, onlineCapacity: 1 }, error: null });

      const trail = (await world.stack.graphql(Q.trail, { f: { action: 'QUEUE_HALL_SCHEDULE_UPDATED', targetId: HALL } }, await world.officers.demo('auditadmin'))).body.data.auditTrails.queue.entries.nodes;
      expect(trail).toHaveLength(1);
      expect(trail[0].actorKind).toBe('officer');
      expect(JSON.parse(trail[0].details)).toEqual({
        before: { slotCapacity: 20, onlineSharePercent: 50, closedDates: [], unitCode: '411024000000' },
        after: { slotCapacity: 2, onlineSharePercent: 50, closedDates: [], unitCode: '411024000000' },
      });
    });

    it('turns away the citizen after the last online seat with SLOT_FULL, and takes them once a seat is free', async () => {
      const first = await citizen(world.stack);
      const second = await citizen(world.stack);
      const date = (await hallsOf(world.stack, first.token))[HALL].bookableDates[0];
      const input = { hallId: HALL, itemId: 'HJ', date, slot: '09:00-09:30' };
      const ticket = await booked(world.stack, first.token, input);
      expect((await take(world.stack, second.token, input)).error).toMatchObject({ code: 'SLOT_FULL', field: 'slot' });
      const slot = async () => ((await world.stack.graphql(Q.slots, { h: HALL, i: 'HJ', d: date }, second.token)).body.data.queueSlots as Array<{ slot: string }>).find((s) => s.slot === input.slot);
      expect(await slot()).toMatchObject({ capacity: 1, taken: 1, left: 0 });
      // Another item of the same slot has seats of its own.
      expect((await take(world.stack, second.token, { ...input, itemId: 'CRJ' })).ticket?.status).toBe('BOOKED');
      await world.stack.graphql(Q.cancel, { id: ticket.id }, first.token);
      expect(await slot()).toMatchObject({ taken: 0, left: 1 });
      const third = await citizen(world.stack);
      expect((await take(world.stack, third.token, input)).ticket?.status).toBe('BOOKED');
    });

    it('closes a day to online booking: it leaves the bookable dates and is refused', async () => {
      const leader = await world.officers.demo('leader01');
      const person = await citizen(world.stack);
      const dates = (await hallsOf(world.stack, person.token))[HALL].bookableDates;
      const closed = (await schedule({ closedDates: [dates[1]] }, leader)).data.updateQueueHallSchedule.hall;
      expect(closed.closedDates).toEqual([dates[1]]);
      expect(closed.bookableDates).toEqual([dates[0], ...dates.slice(2), expect.any(String)]);
      expect((await take(world.stack, person.token, { hallId: HALL, itemId: 'HJ', date: dates[1], slot: '10:00-10:30' })).error).toMatchObject({ code: 'DATE_NOT_BOOKABLE', field: 'date' });
      expect((await schedule({ closedDates: [] }, leader)).data.updateQueueHallSchedule.hall.bookableDates).toEqual(dates);
    });
  },
};
