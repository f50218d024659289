/** The queue machine over SOAP, with a real node-soap client: sequence under concurrency, idempotence, faults. */
import type { Client } from 'soap';
import { startLegacy, type LegacyServer } from '../../index.js';
import { call, failure, head, soapClient } from '../../testing/soap-clients.js';

const MONDAY = '2026-11-02';
const TUESDAY = '2026-11-03';
const WEDNESDAY = '2026-11-04';

let legacy: LegacyServer;
let queue: Client;

beforeAll(async () => {
  // The machine's clock: Monday 10:10, running on; walk-ins of the morning are already issued.
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { ...process.env, LEGACY_QUEUE_CLOCK: `${MONDAY}T10:10:00+08:00` } });
  queue = await soapClient(legacy, 'queue');
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const op = (operation: string, body: object) => call(queue, operation, { head: head(), body });
const issue = (body: Partial<Record<string, string>>) =>
  op('issueNumber', { hallCode: 'XC-WD-01', itemCode: 'HJ', date: TUESDAY, slot: '10:00-10:30', channel: 'ONLINE', reference: `ref-${Math.random()}`, ...body });
const tickets = async (date: string, itemCode = 'HJ') => {
  const status = await op('queueStatus', { hallCode: 'XC-WD-01', date, itemCode });
  return ([] as Array<Record<string, string>>).concat(status.body.ticket ?? []);
};

describe('queryHalls', () => {
  it('lists the halls across the districts and counties, each item with its prefix', async () => {
    const result = await op('queryHalls', {});
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    const halls = result.body.hall as Array<Record<string, any>>;
    expect(halls.map((h) => h.hallCode)).toEqual(['XC-WD-01', 'XC-CGS-01', 'XC-JA-01', 'XC-YZ-01', 'XC-CG-01', 'XC-YL-01']);
    expect(new Set(halls.map((h) => h.countyCode)).size).toBe(5);
    expect(halls.find((h) => h.hallCode === 'XC-CGS-01')).toMatchObject({
      name: '许昌市车辆管理所',
      county: '建安区',
      windows: 12,
      openWeekday: [1, 2, 3, 4, 5, 6],
      slotMinutes: 30,
      item: [
        { itemCode: 'JDC', name: '机动车登记', prefix: 'C' },
        { itemCode: 'JSZ', name: '驾驶证业务', prefix: 'D' },
      ],
    });
    expect(halls[0].holiday).toContain('2026-10-01');
    const one = await op('queryHalls', { hallCode: 'XC-YZ-01' });
    expect([].concat(one.body.hall).map((h: { name: string }) => h.name)).toEqual(['禹州市公安局政务服务大厅']);
    expect(await failure(op('queryHalls', { hallCode: 'XC-ZZ-99' }))).toMatchObject({ status: 500, faultcode: 'soap:Client', faultstring: 'HALL_UNKNOWN' });
  });
});

describe('issueNumber', () => {
  it('issues no number twice under 500 parallel calls, and answers each retried reference with its number', async () => {
    const before = legacy.stats().queue.issueNumber;
    const references = Array.from({ length: 500 }, (_, i) => `booking-${i}`);
    const first = await Promise.all(references.map((reference) => issue({ reference })));
    const numbers = first.map((r) => r.body.number as string);
    expect(new Set(numbers).size).toBe(500);
    expect([...numbers].sort()).toEqual(Array.from({ length: 500 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
    const again = await Promise.all([...references].reverse().map((reference) => issue({ reference })));
    expect(again.map((r) => r.body.number).reverse()).toEqual(numbers);
    expect(await tickets(TUESDAY)).toHaveLength(500);
    expect(legacy.stats().queue.issueNumber - before).toBe(1000);
  });

  it('answers one number to 50 parallel copies of one request', async () => {
    const copies = await Promise.all(Array.from({ length: 50 }, () => issue({ reference: 'the-same' })));
    expect(new Set(copies.map((r) => r.body.number))).toEqual(new Set(['A001']));
    expect(new Set(copies.map((r) => r.body.issuedAt)).size).toBe(1);
    expect(await tickets(TUESDAY)).toHaveLength(1);
  });

  it('shares one sequence between online and walk-in numbers', async () => {
    const a = await issue({ date: WEDNESDAY, slot: '15:00-15:30' });
    const b = await issue({ date: WEDNESDAY, slot: '09:00-09:30', channel: 'WALKIN' });
    const c = await issue({ date: WEDNESDAY, slot: '09:00-09:30' });
    expect([a, b, c].map((r) => r.body.number)).toEqual(['A001', 'A002', 'A003']);
    expect([a, b, c].map((r) => r.body.ahead)).toEqual([0, 0, 1]);
    expect(a.body.issuedAt).toMatch(/^2026-11-02T10:1\d:\d{2}\+08:00$/);
    expect((await tickets(WEDNESDAY)).map((t) => [t.number, t.channel])).toEqual([
      ['A001', 'ONLINE'],
      ['A002', 'WALKIN'],
      ['A003', 'ONLINE'],
    ]);
  });

  it("continues today's sequence after the walk-ins the machine issued on its own", async () => {
    const issued = await issue({ date: MONDAY, slot: '16:00-16:30' });
    const today = await tickets(MONDAY);
    const walkIns = today.filter((t) => t.channel === 'WALKIN' && t.issuedAt < issued.body.issuedAt);
    expect(walkIns.length).toBeGreaterThan(3);
    expect(issued.body.number).toBe(`A${String(walkIns.length + 1).padStart(3, '0')}`);
    expect(issued.body.ahead).toBe(walkIns.length);
  });

  it('faults with a code for what the machine does not have, and counts the call', async () => {
    const cases: Array<[Partial<Record<string, string>>, string]> = [
      [{ hallCode: 'XC-ZZ-99' }, 'HALL_UNKNOWN'],
      [{ itemCode: 'JDC' }, 'ITEM_UNKNOWN'],
      [{ date: '2026-13-01' }, 'DATE_INVALID'],
      [{ date: '2026-11-08' }, 'DATE_CLOSED'],
      [{ slot: '10:00-11:00' }, 'SLOT_INVALID'],
      [{ date: MONDAY, slot: '09:00-09:30' }, 'SLOT_ENDED'],
      [{ channel: 'APP' }, 'CHANNEL_INVALID'],
      [{ reference: '' }, 'REFERENCE_INVALID'],
    ];
    for (const [body, code] of cases) {
      const fault = await failure(issue(body));
      expect([code, fault.status, fault.faultcode, fault.faultstring]).toEqual([code, 500, 'soap:Client', code]);
    }
    expect(queue.lastResponse).toContain('<detail><message>reference must be 1-64 characters</message></detail>');
    await issue({ reference: 'once' });
    expect((await failure(issue({ reference: 'once', slot: '10:30-11:00' }))).faultstring).toBe('REFERENCE_CONFLICT');
    expect(legacy.stats().queue.issueNumber).toBe(cases.length + 2);
    expect(await tickets(TUESDAY)).toHaveLength(1);
  });
});

describe('the day at the window', () => {
  it('calls in order, checks in, marks and cancels; status shows it', async () => {
    const booked = await issue({ date: MONDAY, slot: '10:00-10:30' });
    const next = await op('callNext', { hallCode: 'XC-WD-01', windowNo: 2, itemCode: 'HJ' });
    expect(next.body.ticket).toMatchObject({ number: 'A001', status: 'CALLED', channel: 'WALKIN', windowNo: 2, date: MONDAY });

    const checkIn = await op('checkIn', { hallCode: 'XC-WD-01', date: MONDAY, number: booked.body.number });
    expect(checkIn.body.ticket).toMatchObject({ number: booked.body.number, status: 'WAITING', channel: 'ONLINE' });
    expect(checkIn.body.ticket.checkedInAt).toMatch(/\+08:00$/);
    // Issued after the morning's walk-ins, present now: called after the walk-ins still waiting.
    expect(checkIn.body.ahead).toBe(booked.body.ahead - 1);

    const served = await op('markNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A001', status: 'SERVED' });
    expect(served.body.ticket).toMatchObject({ number: 'A001', status: 'SERVED' });
    expect(served.body.ticket.servedAt).toMatch(/\+08:00$/);

    const cancelled = await op('cancelNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A002' });
    expect(cancelled.body.ticket).toMatchObject({ number: 'A002', status: 'CANCELLED' });
    expect((await op('callNext', { hallCode: 'XC-WD-01', windowNo: 3, itemCode: 'HJ' })).body.ticket.number).toBe('A003');

    const status = await op('queueStatus', { hallCode: 'XC-WD-01', date: MONDAY, itemCode: 'HJ' });
    expect(status.head.RESULT).toBe('0');
    expect([].concat(status.body.nowCalling)).toEqual([{ number: 'A003', windowNo: 3, calledAt: expect.stringMatching(/\+08:00$/) }]);
    const list = ([] as Array<Record<string, string>>).concat(status.body.ticket);
    expect(list.slice(0, 3).map((t) => [t.number, t.status])).toEqual([
      ['A001', 'SERVED'],
      ['A002', 'CANCELLED'],
      ['A003', 'CALLED'],
    ]);
    expect(status.body.waiting).toBe(list.filter((t) => t.status === 'WAITING').length);
    expect(Number(status.body.averageWaitMinutes)).toBeGreaterThan(30);
  });

  it('answers RESULT=1 for a number that does not exist or whose state forbids the step', async () => {
    expect((await op('cancelNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A999' })).head).toEqual({ RESULT: '1', ERROR: `${MONDAY} 无此号码：A999` });
    expect((await op('markNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A001', status: 'NO_SHOW' })).head.ERROR).toBe('号码 A001 等候中，只有已叫号的号码可以标记');
    await op('callNext', { hallCode: 'XC-WD-01', windowNo: 1 });
    const refused = await op('cancelNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A001' });
    expect(refused.head).toEqual({ RESULT: '1', ERROR: '号码 A001 已叫号，不能取消' });
    expect(refused.body?.ticket).toBeUndefined();
  });

  it('faults for a window the hall does not have, a bad mark, or a closed day; INVALID_REQUEST for a window that is no number', async () => {
    expect((await failure(op('callNext', { hallCode: 'XC-WD-01', windowNo: 9 }))).faultstring).toBe('WINDOW_INVALID');
    expect((await failure(op('markNumber', { hallCode: 'XC-WD-01', date: MONDAY, number: 'A001', status: 'DONE' }))).faultstring).toBe('STATUS_INVALID');
    expect((await failure(op('queueStatus', { hallCode: 'XC-WD-01', date: '2026-11-01' }))).faultstring).toBe('DATE_CLOSED');
    expect((await failure(op('checkIn', { hallCode: 'XC-WD-01', date: 'today', number: 'A001' }))).faultstring).toBe('DATE_INVALID');
    expect((await failure(op('callNext', { hallCode: 'XC-WD-01', windowNo: 'one' }))).faultstring).toBe('INVALID_REQUEST');
  });

  it('forgets the numbers issued through calls on reset, keeping the seeded walk-ins', async () => {
    const seeded = await tickets(MONDAY);
    await issue({ date: MONDAY, slot: '16:00-16:30' });
    legacy.reset();
    expect((await tickets(MONDAY)).filter((t) => t.channel === 'ONLINE')).toEqual([]);
    expect((await tickets(MONDAY)).slice(0, seeded.length)).toEqual(seeded);
  });
});
