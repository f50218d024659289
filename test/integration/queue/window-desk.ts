import { CHINESE, delta } from '../citizens.support.js';
import { auditCount, backToNow, booked, citizen, hallsOf, machineDay, Q, type QueuePart, queueDeps, type Ticket, ticketRow, travelTo } from './queue-world.js';

const HALL = 'XC-WD-01';
const ITEM = 'HJ';

/** Re-encodes a payload's claims under its old signature: what an altered QR code reads. */
function altered(payload: string, change: (claims: Record<string, string>) => void): string {
  const [prefix, body, signature] = payload.split('.');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  change(claims);
  return [prefix, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

/** The window's side on the ticket's day: QR check-in, live status, call next, served / no-show, the board and the day's figures. */
export const windowDesk: QueuePart = {
  title: 'at the window',
  define(world) {
    let date: string;
    let arriving: Ticket;
    let waiting: Ticket;
    let arrivingToken: string;
    let officer: string;
    let poller: Ticket;
    let pollerToken: string;

    beforeAll(async () => {
      const one = await citizen(world.stack);
      const two = await citizen(world.stack);
      arrivingToken = one.token;
      date = (await hallsOf(world.stack, one.token))[HALL].bookableDates[3];
      arriving = await booked(world.stack, one.token, { hallId: HALL, itemId: ITEM, date, slot: '09:00-09:30' });
      waiting = await booked(world.stack, two.token, { hallId: HALL, itemId: ITEM, date, slot: '09:00-09:30' });
      const three = await citizen(world.stack);
      pollerToken = three.token;
      poller = await booked(world.stack, three.token, { hallId: HALL, itemId: ITEM, date, slot: '11:30-12:00' });
      officer = await world.officers.demo('window01');
    });

    afterAll(() => backToNow(world.stack));

    it('refuses a forged, altered or foreign QR code and a check-in before the day, changing nothing', async () => {
      const checkIn = async (q: string, h?: string) => (await world.stack.graphql(Q.checkIn, { q, h }, officer)).body.data.checkInQueueTicket;
      const refusedBefore = await auditCount(world.stack, 'QUEUE_QR_REFUSED');
      const forgeries = [
        altered(arriving.qrPayload, (c) => (c.n = waiting.number)),
        altered(arriving.qrPayload, (c) => (c.d = '2026-12-31')),
        altered(arriving.qrPayload, (c) => (c.t = waiting.id)),
        // Consistent with another real ticket, but not signed by us.
        altered(arriving.qrPayload, (c) => Object.assign(c, { t: waiting.id, n: waiting.number })),
        `${arriving.qrPayload.slice(0, -3)}abc`,
        arriving.number,
        'JTQ1.e30.AAAA',
      ];
      for (const forged of forgeries) expect(await checkIn(forged)).toMatchObject({ ticket: null, error: { code: 'QR_INVALID', field: 'qrPayload', message: expect.stringMatching(CHINESE) } });
      expect(await auditCount(world.stack, 'QUEUE_QR_REFUSED')).toBe(refusedBefore + forgeries.length);
      // The real code, but not on its day.
      expect((await checkIn(arriving.qrPayload)).error.code).toBe('TICKET_NOT_TODAY');
      expect((await ticketRow(world.stack, arriving.id)).status).toBe('BOOKED');
      expect((await machineDay(world.stack, HALL, date, ITEM)).tickets.find((t) => t.number === arriving.number)?.checkedInAt).toBeNull();
      // An officer of 魏都分局 cannot check in a ticket of 长葛市's hall.
      const elsewhere = await citizen(world.stack);
      const cgDate = (await hallsOf(world.stack, elsewhere.token))['XC-CG-01'].bookableDates[3];
      const foreign = await booked(world.stack, elsewhere.token, { hallId: 'XC-CG-01', itemId: ITEM, date: cgDate, slot: '09:00-09:30' });
      expect((await checkIn(foreign.qrPayload)).error.code).toBe('HALL_OUT_OF_SCOPE');
    });

    it('checks the citizen in on the day, shows the live status, calls the number and marks it served', async () => {
      await travelTo(world.stack, `${date}T09:05:00+08:00`);
      const checkIn = async (h?: string) => (await world.stack.graphql(Q.checkIn, { q: arriving.qrPayload, h }, officer)).body.data.checkInQueueTicket;
      expect((await checkIn('XC-JA-01')).error.code).toBe('TICKET_OTHER_HALL');
      const checkedIn = await checkIn(HALL);
      expect(checkedIn).toMatchObject({ ticket: { id: arriving.id, status: 'CHECKED_IN' }, error: null });
      expect(checkedIn.ahead).toBe(0);
      expect((await machineDay(world.stack, HALL, date, ITEM)).tickets.find((t) => t.number === arriving.number)?.checkedInAt).not.toBeNull();
      // Scanned twice: the same answer.
      expect((await checkIn(HALL)).ticket.status).toBe('CHECKED_IN');

      const live = async (id: string, token: string) => (await world.stack.graphql(Q.ticket, { id }, token)).body.data.queueTicket;
      expect(await live(arriving.id, arrivingToken)).toMatchObject({ status: 'CHECKED_IN', nowCalling: null, ahead: 0, estimatedWaitMinutes: 0 });

      const called = (await world.stack.graphql(Q.callNext, { h: HALL, w: 3, i: ITEM }, officer)).body.data.callNextQueueNumber;
      // Booked days ahead, it comes before the walk-ins of the morning; the one not checked in is passed over.
      expect(called).toEqual({ called: { number: arriving.number, itemId: ITEM, channel: 'ONLINE', status: 'CALLED', windowNo: 3, ticketId: arriving.id }, error: null });
      expect(await live(arriving.id, arrivingToken)).toMatchObject({ status: 'CALLED', windowNo: 3, nowCalling: arriving.number, ahead: null });

      const mark = async (number: string, status: string) => (await world.stack.graphql(Q.mark, { i: { hallId: HALL, number, status } }, officer)).body.data.markQueueTicket;
      expect(await mark(arriving.number, 'SERVED')).toMatchObject({ number: { number: arriving.number, status: 'SERVED', ticketId: arriving.id }, error: null });
      expect((await ticketRow(world.stack, arriving.id)).status).toBe('SERVED');
      expect((await mark(arriving.number, 'SERVED')).error).toBeNull();
      // Served: its QR code checks nobody in any more.
      expect((await checkIn(HALL)).error.code).toBe('TICKET_NOT_ACTIVE');
      // What the machine's state forbids comes back in its own words.
      expect((await mark(arriving.number, 'NO_SHOW')).error).toMatchObject({ code: 'QUEUE_STEP_REFUSED', field: 'number', message: expect.stringContaining(arriving.number) });
      expect((await mark(waiting.number, 'SERVED')).error).toMatchObject({ code: 'QUEUE_STEP_REFUSED', message: expect.stringMatching(CHINESE) });
      expect((await world.stack.graphql(Q.callNext, { h: HALL, w: 99 }, officer)).body.data.callNextQueueNumber.error).toMatchObject({ code: 'WINDOW_INVALID', field: 'windowNo' });
      expect(await auditCount(world.stack, 'QUEUE_NUMBER_CALLED', arriving.id)).toBe(1);
      expect(await auditCount(world.stack, 'QUEUE_TICKET_CHECKED_IN', arriving.id)).toBe(1);
    });

    it('shows the hall’s board and the day’s figures, online and walk-in numbers together', async () => {
      const { body } = await world.stack.graphql(Q.board, { h: HALL, d: date }, officer);
      const board = body.data.queueBoard as { numbers: Array<{ number: string; channel: string; status: string; ticketId: string | null }>; waiting: number };
      const byNumber = new Map(board.numbers.map((n) => [n.number, n]));
      expect(byNumber.get(arriving.number)).toMatchObject({ channel: 'ONLINE', status: 'SERVED', ticketId: arriving.id });
      expect(byNumber.get(waiting.number)).toMatchObject({ channel: 'ONLINE', status: 'WAITING', ticketId: waiting.id });
      const walkIns = board.numbers.filter((n) => n.channel === 'WALKIN');
      expect(walkIns.every((n) => n.ticketId === null)).toBe(true);
      expect(board.waiting).toBe(board.numbers.filter((n) => n.status === 'WAITING').length);

      const stats = (await world.stack.graphql(Q.statistics, { h: HALL, f: date, t: date }, officer)).body.data.queueStatistics;
      const online = board.numbers.filter((n) => n.channel === 'ONLINE').length;
      expect(stats).toEqual([{ date, booked: online, walkIns: walkIns.length, served: 1, noShows: 0, cancelled: board.numbers.filter((n) => n.status === 'CANCELLED').length, waiting: board.waiting, averageWaitMinutes: expect.any(Number) }]);
      // Citizens see neither.
      expect((await world.stack.graphql(Q.board, { h: HALL, d: date }, arrivingToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers a page polling its live status from the cache: the machine is asked once per hall and day', async () => {
      // From a cold copy of the day.
      await queueDeps(world.stack).days.forget(HALL, date);
      const before = world.stack.legacy.stats();
      const polls: Array<{ status: string; ahead: number | null }> = [];
      for (let i = 0; i < 4; i++) polls.push((await world.stack.graphql(Q.ticket, { id: poller.id }, pollerToken)).body.data.queueTicket);
      expect(delta(before, world.stack.legacy.stats(), 'queue', 'queueStatus')).toBe(1);
      expect(polls.every((p) => p.status === 'BOOKED' && p.ahead === polls[0].ahead && typeof p.ahead === 'number')).toBe(true);
      // A step at the window drops the copy: the next poll asks again, and sees it.
      expect((await world.stack.graphql(Q.checkIn, { q: poller.qrPayload, h: HALL }, officer)).body.data.checkInQueueTicket.error).toBeNull();
      const afterStep = world.stack.legacy.stats();
      expect((await world.stack.graphql(Q.ticket, { id: poller.id }, pollerToken)).body.data.queueTicket.status).toBe('CHECKED_IN');
      expect(delta(afterStep, world.stack.legacy.stats(), 'queue', 'queueStatus')).toBe(1);
    });
  },
};
