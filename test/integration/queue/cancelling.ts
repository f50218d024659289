import { randomUUID } from 'node:crypto';
import { backToNow, booked, citizen, hallsOf, machineDay, Q, type QueuePart, queueDeps } from './queue-world.js';

const HALL = 'XC-WD-01';
const ITEM = 'CRJ';

/** Cancelling: up to two hours before the slot, the seat back at once, the machine told by a job. */
export const cancelling: QueuePart = {
  title: 'cancelling',
  define(world) {
    afterEach(() => backToNow(world.stack));

    it('cancels a booking: the seat is free again, the machine cancels the number, and again answers again', async () => {
      const person = await citizen(world.stack);
      const date = (await hallsOf(world.stack, person.token))[HALL].bookableDates[2];
      const ticket = await booked(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '10:00-10:30' });
      const taken = async () => ((await world.stack.graphql(Q.slots, { h: HALL, i: ITEM, d: date }, person.token)).body.data.queueSlots as Array<{ slot: string; taken: number }>).find((s) => s.slot === '10:00-10:30')?.taken;
      expect(await taken()).toBe(1);

      const answer = (await world.stack.graphql(Q.cancel, { id: ticket.id }, person.token)).body.data.cancelQueueTicket;
      expect(answer).toEqual({ ticket: { id: ticket.id, status: 'CANCELLED' }, error: null });
      expect(await taken()).toBe(0);
      await world.stack.drainJobs();
      expect((await machineDay(world.stack, HALL, date, ITEM)).tickets.find((t) => t.number === ticket.number)?.status).toBe('CANCELLED');
      expect((await world.stack.graphql(Q.cancel, { id: ticket.id }, person.token)).body.data.cancelQueueTicket.ticket.status).toBe('CANCELLED');
      expect(await taken()).toBe(0);
      // A cancelled booking is no longer active: the citizen may book that day again.
      await booked(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '10:30-11:00' });
    });

    it('refuses to cancel less than two hours before the slot, and leaves the booking as it was', async () => {
      const person = await citizen(world.stack);
      const date = (await hallsOf(world.stack, person.token))[HALL].bookableDates[3];
      const ticket = await booked(world.stack, person.token, { hallId: HALL, itemId: ITEM, date, slot: '13:30-14:00' });
      const deps = queueDeps(world.stack);

      // 11:31 on the day: 119 minutes before the slot.
      const late = Date.parse(`${date}T11:31:00+08:00`);
      deps.clock.now = () => late;
      const refused = (await world.stack.graphql(Q.cancel, { id: ticket.id }, person.token)).body.data.cancelQueueTicket;
      expect(refused).toMatchObject({ ticket: null, error: { code: 'CANCEL_TOO_LATE', field: 'id', message: expect.stringContaining('120 分钟') } });
      expect((await world.stack.graphql(Q.ticket, { id: ticket.id }, person.token)).body.data.queueTicket.status).toBe('BOOKED');

      // 11:29: still in time.
      const inTime = Date.parse(`${date}T11:29:00+08:00`);
      deps.clock.now = () => inTime;
      expect((await world.stack.graphql(Q.cancel, { id: ticket.id }, person.token)).body.data.cancelQueueTicket.ticket.status).toBe('CANCELLED');
    });

    it('answers TICKET_NOT_FOUND for someone else’s ticket or an unknown one, and UUID_INVALID for a malformed id', async () => {
      const owner = await citizen(world.stack);
      const stranger = await citizen(world.stack);
      const date = (await hallsOf(world.stack, owner.token))[HALL].bookableDates[4];
      const ticket = await booked(world.stack, owner.token, { hallId: HALL, itemId: ITEM, date, slot: '16:00-16:30' });
      const cancel = async (id: string, token: string) => (await world.stack.graphql(Q.cancel, { id }, token)).body.data.cancelQueueTicket.error;
      expect(await cancel(ticket.id, stranger.token)).toMatchObject({ code: 'TICKET_NOT_FOUND', field: 'id' });
      expect(await cancel(randomUUID(), owner.token)).toMatchObject({ code: 'TICKET_NOT_FOUND' });
      expect(await cancel('not-a-ticket', owner.token)).toMatchObject({ code: 'UUID_INVALID', field: 'id' });
      expect((await world.stack.graphql(Q.ticket, { id: ticket.id }, owner.token)).body.data.queueTicket.status).toBe('BOOKED');
    });
  },
};
