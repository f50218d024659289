import { QUEUE_JOBS } from '@jingtong/queue';
import { backToNow, booked, citizen, dueNow, hallsOf, machineDay, Q, type QueuePart, take, type Ticket, ticketRow, travelTo } from './queue-world.js';

/**
 * Three no-shows in 90 days bar online booking for 30 days: two marked by the window (checked in, called, gone),
 * one that never came at all (the machine closes it at the end of its slot, the close job brings it home).
 */
export const noShowBar: QueuePart = {
  title: 'the no-show bar',
  define(world) {
    afterEach(() => backToNow(world.stack));

    it('bars online booking after three no-shows, counting the window’s marks and numbers never checked in', async () => {
      const person = await citizen(world.stack);
      const halls = await hallsOf(world.stack, person.token);
      const date = halls['XC-WD-01'].bookableDates[4];
      const leader = await world.officers.demo('leader01');
      const marked: Ticket[] = [];
      for (const hallId of ['XC-WD-01', 'XC-JA-01']) marked.push(await booked(world.stack, person.token, { hallId, itemId: 'HJ', date, slot: '09:00-09:30' }));
      const absent = await booked(world.stack, person.token, { hallId: 'XC-YZ-01', itemId: 'HJ', date, slot: '09:30-10:00' });
      const later = halls['XC-CG-01'].bookableDates;

      // The day: checked in at two halls (a leader's scope is the whole bureau), called, and gone when called.
      await travelTo(world.stack, `${date}T09:05:00+08:00`);
      for (const ticket of marked) {
        expect((await world.stack.graphql(Q.checkIn, { q: ticket.qrPayload }, leader)).body.data.checkInQueueTicket.error).toBeNull();
        const called = (await world.stack.graphql(Q.callNext, { h: ticket.hall.id, w: 1, i: 'HJ' }, leader)).body.data.callNextQueueNumber.called;
        expect(called).toMatchObject({ number: ticket.number, ticketId: ticket.id });
        const noShow = (await world.stack.graphql(Q.mark, { i: { hallId: ticket.hall.id, number: ticket.number, status: 'NO_SHOW' } }, leader)).body.data.markQueueTicket;
        expect(noShow).toMatchObject({ number: { status: 'NO_SHOW', ticketId: ticket.id }, error: null });
        expect((await ticketRow(world.stack, ticket.id)).status).toBe('NO_SHOW');
      }
      // Two are not enough.
      backToNow(world.stack);
      expect((await booked(world.stack, person.token, { hallId: 'XC-CG-01', itemId: 'HJ', date: later[0], slot: '14:00-14:30' })).status).toBe('BOOKED');

      // After the third one's slot: the machine says nobody came; the close job (its timer moved to now) brings that home.
      await travelTo(world.stack, `${date}T10:01:00+08:00`);
      expect((await machineDay(world.stack, 'XC-YZ-01', date, 'HJ')).tickets.find((t) => t.number === absent.number)?.status).toBe('NO_SHOW');
      expect((await ticketRow(world.stack, absent.id)).status).toBe('BOOKED');
      await dueNow(world.stack, QUEUE_JOBS.close, absent.id);
      await world.stack.drainJobs();
      expect((await ticketRow(world.stack, absent.id)).status).toBe('NO_SHOW');
      expect((await world.stack.graphql(Q.ticket, { id: absent.id }, person.token)).body.data.queueTicket.status).toBe('NO_SHOW');

      backToNow(world.stack);
      const refused = await take(world.stack, person.token, { hallId: 'XC-CG-01', itemId: 'CRJ', date: later[1], slot: '09:00-09:30' });
      const until = new Date(Date.parse(`${date}T10:00:00+08:00`) + 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(refused).toMatchObject({ ticket: null, error: { code: 'BOOKING_BARRED', message: expect.stringContaining(until) } });
      expect(refused.error?.message).toContain('3 次');
      // Someone else is not barred.
      const other = await citizen(world.stack);
      expect((await take(world.stack, other.token, { hallId: 'XC-CG-01', itemId: 'CRJ', date: later[1], slot: '09:00-09:30' })).ticket?.status).toBe('BOOKED');
    });
  },
};
