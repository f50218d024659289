import { CHINESE, delta } from '../citizens.support.js';
import { booked, citizen, hallsOf, machineDay, Q, type QueuePart, queueDb, seq, take, ticketRow } from './queue-world.js';

const HALL = 'XC-WD-01';
const ITEM = 'HJ';

/** Halls, slots and taking a number: each booking rule, and the number from the hall's machine. */
export const booking: QueuePart = {
  title: 'taking a number',
  define(world) {
    it('lists the halls with their items, hours, address, map link and the next five working days', async () => {
      const { token } = await citizen(world.stack);
      const { body } = await world.stack.graphql(Q.halls, {}, token);
      const halls = body.data.queueHalls as Array<Record<string, any>>;
      expect(halls.map((h) => h.id).sort()).toEqual(['XC-CG-01', 'XC-CGS-01', 'XC-JA-01', 'XC-WD-01', 'XC-YL-01', 'XC-YZ-01']);
      const hall = halls.find((h) => h.id === HALL)!;
      expect(hall).toMatchObject({ name: '许昌市公安局魏都分局行政服务大厅', countyCode: '411002', windows: 8, slotMinutes: 30, openWeekdays: [1, 2, 3, 4, 5], unitCode: '411002000000', slotCapacity: 20, onlineSharePercent: 50, onlineCapacity: 10 });
      expect(hall.items).toEqual([{ id: 'HJ', name: '户籍业务', prefix: 'A' }, { id: 'CRJ', name: '出入境业务', prefix: 'B' }]);
      expect(hall.openingHours).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:00' }]);
      expect(decodeURIComponent(hall.mapUrl)).toContain(hall.address);
      expect(hall.holidays).toContain('2026-10-01');
      // Five working days after today (Beijing): weekdays, none a holiday, in order.
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(hall.bookableDates).toHaveLength(5);
      for (const date of hall.bookableDates as string[]) {
        expect(date > today).toBe(true);
        expect(hall.holidays.includes(date)).toBe(false);
        expect(hall.workdays.includes(date) || [1, 2, 3, 4, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay() || 7)).toBe(true);
      }
      expect([...hall.bookableDates].sort()).toEqual(hall.bookableDates);
      // The vehicle administration office opens on Saturdays too.
      expect(halls.find((h) => h.id === 'XC-CGS-01')!.openWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('shows the slots of a day with the seats left online, and refuses what it cannot show', async () => {
      const { token } = await citizen(world.stack);
      const { bookableDates } = (await hallsOf(world.stack, token))[HALL];
      const { body } = await world.stack.graphql(Q.slots, { h: HALL, i: ITEM, d: bookableDates[4] }, token);
      const slots = body.data.queueSlots as Array<{ slot: string; capacity: number; taken: number; left: number }>;
      // 09:00-12:00 and 13:30-17:00 in 30 minutes.
      expect(slots.map((s) => s.slot)).toEqual(['09:00-09:30', '09:30-10:00', '10:00-10:30', '10:30-11:00', '11:00-11:30', '11:30-12:00', '13:30-14:00', '14:00-14:30', '14:30-15:00', '15:00-15:30', '15:30-16:00', '16:00-16:30', '16:30-17:00']);
      expect(slots[0]).toMatchObject({ capacity: 10, taken: 0, left: 10 });
      const refused = async (h: string, i: string, d: string) => (await world.stack.graphql(Q.slots, { h, i, d }, token)).body.errors?.[0]?.extensions;
      expect(await refused('XC-NOWHERE-01', ITEM, bookableDates[0])).toMatchObject({ code: 'HALL_NOT_FOUND', field: 'hallId' });
      expect(await refused(HALL, 'JDC', bookableDates[0])).toMatchObject({ code: 'ITEM_NOT_SERVED', field: 'itemId' });
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(await refused(HALL, ITEM, today)).toMatchObject({ code: 'DATE_NOT_BOOKABLE', field: 'date' });
    });

    it('takes the number from the hall’s machine, in one sequence with the numbers taken in the hall', async () => {
      const first = await citizen(world.stack);
      const second = await citizen(world.stack);
      const { bookableDates } = (await hallsOf(world.stack, first.token))[HALL];
      const date = bookableDates[1];
      const before = world.stack.legacy.stats();
      const a = await booked(world.stack, first.token, { hallId: HALL, itemId: ITEM, date, slot: '09:30-10:00' });
      // One machine call per booking.
      expect(delta(before, world.stack.legacy.stats(), 'queue', 'issueNumber')).toBe(1);
      expect(a).toMatchObject({ date, slot: '09:30-10:00', status: 'BOOKED', hall: { id: HALL, name: '许昌市公安局魏都分局行政服务大厅', address: '河南省许昌市魏都区七一路188号' } });
      expect(a.number).toMatch(/^A\d{3}$/);
      expect(a.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(a.qrPayload).toMatch(/^JTQ1\./);

      // A citizen takes a number at the hall's machine for the same day, then another books online.
      const walkIn = world.stack.legacy.queue.walkIn(HALL, ITEM, date);
      const b = await booked(world.stack, second.token, { hallId: HALL, itemId: ITEM, date, slot: '10:00-10:30' });
      expect([seq(walkIn.number), seq(b.number)]).toEqual([seq(a.number) + 1, seq(a.number) + 2]);

      // The machine holds exactly these, as online and walk-in numbers.
      const day = await machineDay(world.stack, HALL, date, ITEM);
      const byNumber = new Map(day.tickets.map((t) => [t.number, t]));
      expect(byNumber.get(a.number)).toMatchObject({ channel: 'ONLINE', slot: '09:30-10:00', status: 'WAITING' });
      expect(byNumber.get(walkIn.number)).toMatchObject({ channel: 'WALKIN' });
      expect(byNumber.get(b.number)).toMatchObject({ channel: 'ONLINE', slot: '10:00-10:30' });

      const slots = (await world.stack.graphql(Q.slots, { h: HALL, i: ITEM, d: date }, first.token)).body.data.queueSlots as Array<{ slot: string; taken: number; left: number }>;
      expect(slots.find((s) => s.slot === '09:30-10:00')).toMatchObject({ taken: 1, left: 9 });
      const mine = (await world.stack.graphql(Q.mine, {}, first.token)).body.data.myQueueTickets;
      expect(mine).toEqual([{ id: a.id, number: a.number, date, slot: '09:30-10:00', status: 'BOOKED', hall: { id: HALL } }]);
      // Only its own citizen sees a ticket.
      expect((await world.stack.graphql(Q.ticket, { id: a.id }, second.token)).body.data.queueTicket).toBeNull();
      expect((await ticketRow(world.stack, a.id)).citizen_id).toBe(first.id);
    });

    it('refuses each booking rule with its own code, message and field, and books nothing', async () => {
      const person = await citizen(world.stack);
      const { bookableDates } = (await hallsOf(world.stack, person.token))[HALL];
      const date = bookableDates[2];
      const input = { hallId: HALL, itemId: ITEM, date, slot: '11:00-11:30' };
      await booked(world.stack, person.token, input);
      const refused = async (change: Partial<typeof input>) => (await take(world.stack, person.token, { ...input, ...change })).error;

      expect(await refused({ slot: '14:00-14:30' })).toMatchObject({ code: 'ALREADY_BOOKED', field: 'date', message: expect.stringMatching(CHINESE) });
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(await refused({ date: today })).toMatchObject({ code: 'DATE_NOT_BOOKABLE', field: 'date' });
      const sixthWorkingDay = new Date(Date.parse(`${bookableDates[4]}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      expect(await refused({ date: sixthWorkingDay })).toMatchObject({ code: 'DATE_NOT_BOOKABLE' });
      expect(await refused({ date: bookableDates[3], slot: '12:00-12:30' })).toMatchObject({ code: 'SLOT_INVALID', field: 'slot' });
      expect(await refused({ date: bookableDates[3], slot: '09:15-09:45' })).toMatchObject({ code: 'SLOT_INVALID', field: 'slot' });
      expect(await refused({ itemId: 'JDC' })).toMatchObject({ code: 'ITEM_NOT_SERVED', field: 'itemId' });
      expect(await refused({ hallId: 'XC-NOWHERE-01' })).toMatchObject({ code: 'HALL_NOT_FOUND', field: 'hallId' });
      // Another day or another hall the same day is a booking of its own.
      await booked(world.stack, person.token, { ...input, date: bookableDates[3] });
      await booked(world.stack, person.token, { ...input, hallId: 'XC-JA-01' });
      const rows = await queueDb(world.stack).selectFrom('queue_tickets').select(['status']).where('citizen_id', '=', person.id).execute();
      expect(rows.map((r) => r.status)).toEqual(['BOOKED', 'BOOKED', 'BOOKED']);

      // Below real-name level 1, or not signed in: refused before anything is looked at.
      const unverified = await citizen(world.stack, 0);
      expect((await take(world.stack, unverified.token, input)).errors?.[0]?.extensions).toMatchObject({ code: 'ASSURANCE_REQUIRED', requiredLevel: 1, currentLevel: 0 });
      expect((await world.stack.graphql(Q.take, { i: input })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('books one seat when the same citizen asks twice at once', async () => {
      const person = await citizen(world.stack);
      const { bookableDates } = (await hallsOf(world.stack, person.token))[HALL];
      const input = { hallId: HALL, itemId: 'CRJ', date: bookableDates[0], slot: '15:00-15:30' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => take(world.stack, person.token, input)));
      expect(answers.filter((a) => a.ticket).length).toBe(1);
      expect(answers.filter((a) => a.error?.code === 'ALREADY_BOOKED').length).toBe(5);
      const slots = (await world.stack.graphql(Q.slots, { h: HALL, i: 'CRJ', d: input.date }, person.token)).body.data.queueSlots as Array<{ slot: string; taken: number }>;
      expect(slots.find((s) => s.slot === input.slot)?.taken).toBe(1);
      expect((await machineDay(world.stack, HALL, input.date, 'CRJ')).tickets.filter((t) => t.slot === input.slot && t.channel === 'ONLINE')).toHaveLength(1);
    });
  },
};
