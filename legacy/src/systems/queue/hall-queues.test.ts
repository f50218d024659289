/** The machine's rules on a clock the test moves: the shared sequence, calling, cancelling, marking, refusals. */
import { HallQueues } from './hall-queues.js';
import { HALLS } from './halls.js';
import { instantOf } from './local-time.js';
import { QueueDenied, QueueFault } from './queue-errors.js';
import { seededWalkIns } from './walk-in-stream.js';

const SEED = 411000;
const MONDAY = '2026-11-02';
const TUESDAY = '2026-11-03';
const at = (date: string, hhmm: string) => instantOf(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));

let clock: number;
let queues: HallQueues;
beforeEach(() => {
  clock = at(MONDAY, '10:10');
  queues = new HallQueues(SEED, () => clock);
});

const online = (over: Partial<Parameters<HallQueues['issue']>[0]> = {}) =>
  queues.issue({ hallCode: 'XC-WD-01', itemCode: 'HJ', date: TUESDAY, slot: '10:00-10:30', channel: 'ONLINE', reference: `ref-${Math.random()}`, ...over });
const numbers = (hallCode: string, date: string, itemCode?: string) => queues.status(hallCode, date, itemCode).tickets.map((t) => t.number);
const faultOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof QueueFault) return error.code;
    throw error;
  }
  throw new Error('expected a fault');
};
const deniedOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof QueueDenied) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('seeded walk-ins', () => {
  it('are 2-5 per slot and item, the same for the same seed, none on a closed day', () => {
    const hall = HALLS[0];
    const stream = seededWalkIns(SEED, hall, MONDAY);
    const perSlot = new Map<string, number>();
    for (const w of stream) perSlot.set(`${w.slot.label} ${w.itemCode}`, (perSlot.get(`${w.slot.label} ${w.itemCode}`) ?? 0) + 1);
    expect(perSlot.size).toBe(13 * hall.items.length);
    for (const count of perSlot.values()) expect(count).toBeGreaterThanOrEqual(2);
    for (const count of perSlot.values()) expect(count).toBeLessThanOrEqual(5);
    for (const w of stream) expect(w.at >= at(MONDAY, w.slot.label.slice(0, 5)) && w.at < at(MONDAY, w.slot.label.slice(6))).toBe(true);
    expect(seededWalkIns(SEED, hall, MONDAY)).toEqual(stream);
    expect(seededWalkIns(SEED + 1, hall, MONDAY)).not.toEqual(stream);
    expect(seededWalkIns(SEED, hall, '2026-11-01')).toEqual([]); // Sunday
    expect(seededWalkIns(SEED, hall, '2026-10-01')).toEqual([]); // National Day
  });

  it('are issued as the clock passes their moment, numbered in that order', () => {
    const due = (until: number) => seededWalkIns(SEED, HALLS[0], MONDAY).filter((w) => w.at <= until && w.itemCode === 'HJ').length;
    const morning = numbers('XC-WD-01', MONDAY, 'HJ');
    expect(morning).toHaveLength(due(clock));
    expect(morning.length).toBeGreaterThan(4);
    expect(morning).toEqual(morning.map((_, i) => `A${String(i + 1).padStart(3, '0')}`));
    clock = at(MONDAY, '11:40');
    expect(numbers('XC-WD-01', MONDAY, 'HJ')).toHaveLength(due(clock));
    expect(due(clock)).toBeGreaterThan(morning.length);
    expect(queues.status('XC-WD-01', TUESDAY).tickets).toEqual([]);
  });
});

describe('issuing', () => {
  it('shares one sequence per hall, item and day between online and walk-in numbers', () => {
    const first = online({ slot: '15:00-15:30' });
    const walkIn = queues.walkIn('XC-WD-01', 'HJ', TUESDAY);
    const second = online({ slot: '09:00-09:30' });
    const otherItem = online({ itemCode: 'CRJ' });
    const otherHall = online({ hallCode: 'XC-JA-01' });
    expect([first.ticket.number, walkIn.ticket.number, second.ticket.number]).toEqual(['A001', 'A002', 'A003']);
    expect([walkIn.ticket.channel, walkIn.ticket.slot.label]).toEqual(['WALKIN', '09:00-09:30']);
    expect([otherItem.ticket.number, otherHall.ticket.number]).toEqual(['B001', 'A001']);
    // Who is called before: A003 (09:00) has A002 (09:00) before it, not A001 (15:00); A001 has both.
    expect([second.ahead, queues.status('XC-WD-01', TUESDAY, 'HJ').waiting]).toEqual([1, 3]);
    expect(online({ slot: '15:30-16:00' }).ahead).toBe(3);
  });

  it('continues today after the walk-ins already issued', () => {
    const issued = numbers('XC-WD-01', MONDAY, 'HJ').length;
    const ticket = online({ date: MONDAY, slot: '16:00-16:30' }).ticket;
    expect(ticket.number).toBe(`A${String(issued + 1).padStart(3, '0')}`);
    expect(ticket.issuedAt).toBe(clock);
  });

  it('answers the same number for the same reference, and refuses the reference for anything else', () => {
    const first = online({ reference: 'booking-42' });
    expect(online({ reference: 'booking-42' }).ticket).toBe(first.ticket);
    expect(online({ reference: ' booking-42 ', itemCode: 'hj' }).ticket.number).toBe(first.ticket.number);
    expect(faultOf(() => online({ reference: 'booking-42', slot: '10:30-11:00' }))).toBe('REFERENCE_CONFLICT');
    // The same reference at another hall is another request.
    expect(online({ reference: 'booking-42', hallCode: 'XC-JA-01' }).ticket.number).toBe('A001');
    expect(queues.status('XC-WD-01', TUESDAY).tickets).toHaveLength(1);
  });

  it('refuses what the machine does not have with a fault code', () => {
    expect(faultOf(() => online({ hallCode: 'XC-ZZ-99' }))).toBe('HALL_UNKNOWN');
    expect(faultOf(() => online({ itemCode: 'JDC' }))).toBe('ITEM_UNKNOWN');
    expect(faultOf(() => online({ date: '2026-11-31' }))).toBe('DATE_INVALID');
    expect(faultOf(() => online({ date: '2026/11/03' }))).toBe('DATE_INVALID');
    expect(faultOf(() => online({ date: '2026-11-07' }))).toBe('DATE_CLOSED'); // Saturday
    expect(queues.issue({ hallCode: 'XC-CGS-01', itemCode: 'JDC', date: '2026-11-07', slot: '08:30-09:00', channel: 'ONLINE', reference: 'sat' }).ticket.number).toBe('C001');
    expect(faultOf(() => online({ date: '2026-10-05' }))).toBe('DATE_CLOSED'); // National Day week
    for (const slot of ['9:00-9:30', '09:00-10:00', '09:15-09:45', '12:00-12:30', '17:00-17:30', '']) expect(faultOf(() => online({ slot }))).toBe('SLOT_INVALID');
    expect(faultOf(() => online({ channel: 'PHONE' }))).toBe('CHANNEL_INVALID');
    expect(faultOf(() => online({ reference: ' ' }))).toBe('REFERENCE_INVALID');
    expect(faultOf(() => online({ reference: 'x'.repeat(65) }))).toBe('REFERENCE_INVALID');
    expect(faultOf(() => online({ date: MONDAY, slot: '09:30-10:00' }))).toBe('SLOT_ENDED');
    expect(faultOf(() => online({ date: '2026-10-30' }))).toBe('SLOT_ENDED');
    expect(online({ date: MONDAY, slot: '10:00-10:30' }).ticket.slot.label).toBe('10:00-10:30'); // in progress: still open
  });

  it('takes walk-ins for the slot in progress, or the next one, and none after the last', () => {
    expect(queues.walkIn('XC-WD-01', 'CRJ').ticket.slot.label).toBe('10:00-10:30');
    clock = at(MONDAY, '12:20');
    expect(queues.walkIn('XC-WD-01', 'CRJ').ticket.slot.label).toBe('13:30-14:00');
    clock = at(MONDAY, '17:05');
    expect(faultOf(() => queues.walkIn('XC-WD-01', 'CRJ'))).toBe('SLOT_ENDED');
    expect(faultOf(() => queues.walkIn('XC-WD-01', 'CRJ', '2026-11-01'))).toBe('DATE_CLOSED');
  });
});

describe('calling', () => {
  it('calls present numbers in order of issue, passing over booked numbers not checked in, and skips cancelled ones', () => {
    clock = at(TUESDAY, '08:00');
    const booked = online({ slot: '09:00-09:30' }).ticket;
    const later = online({ slot: '09:00-09:30' }).ticket;
    const afternoon = online({ slot: '13:30-14:00' }).ticket;
    clock = at(TUESDAY, '09:00');
    expect(queues.callNext('XC-WD-01', 1, 'HJ')).toBeUndefined(); // booked, not here yet; no walk-in yet
    queues.checkIn('XC-WD-01', TUESDAY, later.number);
    queues.checkIn('XC-WD-01', TUESDAY, afternoon.number);
    clock = at(TUESDAY, '09:29');
    const walkIns = numbers('XC-WD-01', TUESDAY, 'HJ').slice(3);
    expect(walkIns.length).toBeGreaterThan(0);
    queues.cancel('XC-WD-01', TUESDAY, walkIns[0]);
    const called = [];
    for (let window = 1; ; window++) {
      const ticket = queues.callNext('XC-WD-01', (window % 8) + 1, 'HJ');
      if (!ticket) break;
      called.push(ticket.number);
    }
    // later (checked in) first; booked never (not here); afternoon not before its slot; the cancelled walk-in skipped.
    expect(called).toEqual([later.number, ...walkIns.slice(1)]);
    queues.checkIn('XC-WD-01', TUESDAY, booked.number);
    expect(queues.callNext('XC-WD-01', 2, 'HJ')?.number).toBe(booked.number);
    clock = at(TUESDAY, '13:30');
    expect(queues.callNext('XC-WD-01', 2, 'HJ')?.number).toBe(afternoon.number);
  });

  it('turns a booked number not checked in by the end of its slot into NO_SHOW', () => {
    clock = at(TUESDAY, '08:00');
    const ticket = online({ slot: '09:00-09:30' }).ticket;
    clock = at(TUESDAY, '09:30');
    expect(ticket).toMatchObject({ status: 'WAITING' });
    expect(queues.status('XC-WD-01', TUESDAY, 'HJ').tickets[0]).toMatchObject({ number: ticket.number, status: 'NO_SHOW', finishedAt: at(TUESDAY, '09:30') });
    expect(deniedOf(() => queues.checkIn('XC-WD-01', TUESDAY, ticket.number))).toBe(`号码 ${ticket.number} 已过号，不能签到`);
  });

  it('calls only today, at an existing window, any item unless one is named', () => {
    expect(faultOf(() => queues.callNext('XC-WD-01', 9))).toBe('WINDOW_INVALID');
    expect(faultOf(() => queues.callNext('XC-WD-01', 0))).toBe('WINDOW_INVALID');
    expect(faultOf(() => queues.callNext('XC-WD-01', 1, 'JSZ'))).toBe('ITEM_UNKNOWN');
    const first = queues.status('XC-WD-01', MONDAY).tickets[0];
    expect(queues.callNext('XC-WD-01', 3)).toMatchObject({ number: first.number, status: 'CALLED', windowNo: 3, calledAt: clock });
    clock = at('2026-11-01', '10:00'); // Sunday
    expect(queues.callNext('XC-WD-01', 3)).toBeUndefined();
  });
});

describe('cancelling, checking in and marking', () => {
  it('cancels a waiting number once, and refuses to cancel one already called', () => {
    const ticket = online().ticket;
    expect(queues.cancel('XC-WD-01', TUESDAY, ticket.number.toLowerCase())).toMatchObject({ status: 'CANCELLED', finishedAt: clock });
    expect(queues.cancel('XC-WD-01', TUESDAY, ticket.number).status).toBe('CANCELLED');
    const called = queues.callNext('XC-WD-01', 1, 'HJ')!;
    expect(deniedOf(() => queues.cancel('XC-WD-01', MONDAY, called.number))).toBe(`号码 ${called.number} 已叫号，不能取消`);
    expect(deniedOf(() => queues.cancel('XC-WD-01', TUESDAY, 'A999'))).toBe(`${TUESDAY} 无此号码：A999`);
  });

  it('checks in on the day only, and a number already present answers again', () => {
    const ticket = online({ date: MONDAY, slot: '11:00-11:30' }).ticket;
    expect(queues.checkIn('XC-WD-01', MONDAY, ticket.number).ticket.checkedInAt).toBe(clock);
    clock += 60_000;
    expect(queues.checkIn('XC-WD-01', MONDAY, ticket.number).ticket.checkedInAt).toBe(clock - 60_000);
    const tomorrow = online().ticket;
    expect(deniedOf(() => queues.checkIn('XC-WD-01', TUESDAY, tomorrow.number))).toBe(`号码 ${tomorrow.number} 预约日期为 ${TUESDAY}，仅可在当日签到`);
  });

  it('marks only called numbers, the same way again answers again', () => {
    const waiting = online().ticket;
    expect(deniedOf(() => queues.mark('XC-WD-01', TUESDAY, waiting.number, 'SERVED'))).toBe(`号码 ${waiting.number} 等候中，只有已叫号的号码可以标记`);
    const called = queues.callNext('XC-WD-01', 1)!;
    clock += 5 * 60_000;
    expect(queues.mark('XC-WD-01', MONDAY, called.number, 'SERVED')).toMatchObject({ status: 'SERVED', finishedAt: clock });
    expect(queues.mark('XC-WD-01', MONDAY, called.number, 'SERVED').status).toBe('SERVED');
    expect(deniedOf(() => queues.mark('XC-WD-01', MONDAY, called.number, 'NO_SHOW'))).toBe(`号码 ${called.number} 已标记为已办结`);
    expect(faultOf(() => queues.mark('XC-WD-01', MONDAY, called.number, 'DONE'))).toBe('STATUS_INVALID');
  });
});

describe('status', () => {
  it('shows each window calling, how many wait, and the average wait', () => {
    const before = queues.status('XC-WD-01', MONDAY, 'HJ');
    expect(before.nowCalling).toEqual([]);
    expect(before.averageWaitMinutes).toBeUndefined();
    const a = queues.callNext('XC-WD-01', 2, 'HJ')!;
    const b = queues.callNext('XC-WD-01', 1, 'HJ')!;
    const c = queues.callNext('XC-WD-01', 2, 'HJ')!;
    const after = queues.status('XC-WD-01', MONDAY, 'HJ');
    expect(after.nowCalling.map((t) => [t.windowNo, t.number])).toEqual([
      [1, b.number],
      [2, c.number],
    ]);
    expect(after.waiting).toBe(before.waiting - 3);
    const waits = [a, b, c].map((t) => (clock - t.issuedAt) / 60_000);
    expect(after.averageWaitMinutes).toBeCloseTo(waits.reduce((s, w) => s + w, 0) / 3, 1);
    expect(after.tickets.filter((t) => t.status === 'CALLED').map((t) => t.number)).toEqual([a.number, b.number, c.number]);
    expect(queues.status('XC-WD-01', MONDAY, 'CRJ').nowCalling).toEqual([]);
  });

  it('forgets every number issued through calls on reset, the seeded stream stays', () => {
    const seeded = numbers('XC-WD-01', MONDAY);
    online({ date: MONDAY, slot: '16:00-16:30', reference: 'kept?' });
    queues.reset();
    expect(numbers('XC-WD-01', MONDAY)).toEqual(seeded);
    expect(online({ reference: 'kept?' }).ticket.number).toBe('A001');
  });
});
