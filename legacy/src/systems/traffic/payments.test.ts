import type { Client } from 'soap';
import { startLegacy, type LegacyServer, type Violation } from '../../index.js';
import { call, failure, head, login, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let traffic: Client;
let sessionKey: string;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0 });
  traffic = await soapClient(legacy, 'traffic');
}, 30_000);

afterAll(() => legacy?.close());

beforeEach(async () => {
  legacy.reset();
  sessionKey = await login(traffic);
});

/** The demo citizen's unpaid fines, newest decision first (seed/demo-fines.ts). */
function demoFines(): Violation[] {
  const plates = legacy.seed.vehiclesByOwner(legacy.seed.demoCitizen().idNumber).map((v) => v.plate);
  return plates
    .flatMap((p) => legacy.seed.violationsByPlate(p))
    .filter((v) => v.status === '1')
    .sort((a, b) => b.decidedAt!.localeCompare(a.decidedAt!));
}

/** `withSession: false` sends no session key. */
const pay = (body: object, withSession = true) => call(traffic, 'recordViolationPayment', { head: head(withSession ? { sessionKey } : {}), body });

/** How the call failed, with the fault's detail elements. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const fault = (error as { root?: { Envelope?: { Body?: { Fault?: { faultcode: string; faultstring: string; detail?: Record<string, string> } } } } }).root?.Envelope?.Body?.Fault;
    if (fault) return { faultcode: fault.faultcode, faultstring: fault.faultstring, detail: fault.detail };
    throw error;
  }
  throw new Error('expected a fault');
}

const statusOf = async (violation: Violation) => {
  const result = await call(traffic, 'queryViolationsByPlates', { head: head({ sessionKey }), body: { plate: [violation.plate] } });
  return (result.body.violation as Array<{ violationId: string; status: string }>).find((v) => v.violationId === violation.violationId)?.status;
};

describe('the demo citizen\'s unpaid fines', () => {
  it('are decided within 15 days of the reference date, and longer ago', () => {
    const today = Date.parse(legacy.seed.options.referenceDate);
    const ages = demoFines().map((v) => (today - Date.parse(v.decidedAt!)) / 86_400_000);
    expect(ages.some((age) => age <= 15)).toBe(true);
    expect(ages.some((age) => age > 15)).toBe(true);
  });
});

describe('recordViolationPayment', () => {
  it('records a fine paid within 15 days of the decision: the fine alone, then status 2 in every answer', async () => {
    const fine = demoFines()[0];
    const before = legacy.stats().traffic.recordViolationPayment;
    const result = await pay({ violationId: fine.violationId, paidAmount: fine.fineAmount * 100, orderNumber: 'PO-20261101-0001', paidAt: '2026-11-01T10:30:00+08:00' });
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body).toMatchObject({ violationId: fine.violationId, plate: fine.plate, orderNumber: 'PO-20261101-0001', paidAmount: fine.fineAmount * 100, paidAt: '2026-11-01T10:30:00+08:00' });
    expect(result.body.receiptNumber).toMatch(/^20261101\d{12}$/);
    expect(await statusOf(fine)).toBe('2');
    expect(legacy.stats().traffic.recordViolationPayment).toBe(before + 1);
  });

  it('wants 3 % of the fine a day from day 16 after the decision, counted in Beijing time', async () => {
    const fine = demoFines().find((v) => v.fineAmount === 100)!;
    expect(fine.decidedAt).toBe('2026-10-12');
    // 23:59:59 in Beijing on day 15 (10-27): no late fee yet; one second later it is day 16.
    const dayFifteen = await refusal(pay({ violationId: fine.violationId, paidAmount: 1, orderNumber: 'PO-1', paidAt: '2026-10-27T15:59:59Z' }));
    expect(dayFifteen.detail?.expectedAmount).toBe('10000');
    const daySixteen = await refusal(pay({ violationId: fine.violationId, paidAmount: 1, orderNumber: 'PO-1', paidAt: '2026-10-27T16:00:00Z' }));
    expect(daySixteen.detail?.expectedAmount).toBe('10300');
  });

  it('refuses a wrong amount with AMOUNT_MISMATCH and the amount due, and changes nothing', async () => {
    const fine = demoFines().find((v) => v.fineAmount === 100)!;
    const paidAt = '2026-11-01T09:00:00+08:00'; // day 20: five days of late fee, 15 yuan
    const fault = await refusal(pay({ violationId: fine.violationId, paidAmount: 10000, orderNumber: 'PO-2', paidAt }));
    expect(fault).toEqual({ faultcode: 'soap:Client', faultstring: 'AMOUNT_MISMATCH', detail: { message: expect.stringContaining('115.00元'), expectedAmount: '11500' } });
    expect(await statusOf(fine)).toBe('1');
    expect((await pay({ violationId: fine.violationId, paidAmount: 11500, orderNumber: 'PO-2', paidAt })).head.RESULT).toBe('0');
  });

  it('caps the late fee at the fine', async () => {
    const oldest = demoFines().at(-1)!;
    const fault = await refusal(pay({ violationId: oldest.violationId, paidAmount: 1, orderNumber: 'PO-3', paidAt: '2026-11-01T09:00:00+08:00' }));
    expect(fault.detail?.expectedAmount).toBe(String(oldest.fineAmount * 200));
  });

  it('answers the same order number again with the recorded payment, and refuses another order with ALREADY_PAID', async () => {
    const fine = demoFines()[0];
    const payment = { violationId: fine.violationId, paidAmount: fine.fineAmount * 100, orderNumber: 'PO-4', paidAt: '2026-11-01T10:30:00+08:00' };
    const first = await pay(payment);
    const again = await pay(payment);
    expect(again).toEqual(first);
    const other = await refusal(pay({ ...payment, orderNumber: 'PO-5' }));
    expect(other).toMatchObject({ faultcode: 'soap:Client', faultstring: 'ALREADY_PAID' });
  });

  it('refuses a fine paid before it reached the platform with ALREADY_PAID', async () => {
    const paid = legacy.seed.violations.find((v) => v.status === '2')!;
    const fault = await refusal(pay({ violationId: paid.violationId, paidAmount: paid.fineAmount * 100, orderNumber: 'PO-6', paidAt: '2026-11-01T10:30:00+08:00' }));
    expect(fault.faultstring).toBe('ALREADY_PAID');
  });

  it('refuses an unprocessed violation and an unknown one', async () => {
    const unprocessed = legacy.seed.violations.find((v) => v.status === '0')!;
    const early = await refusal(pay({ violationId: unprocessed.violationId, paidAmount: unprocessed.fineAmount * 100, orderNumber: 'PO-7', paidAt: '2026-11-01T10:30:00+08:00' }));
    expect(early).toEqual({ faultcode: 'soap:Client', faultstring: 'VIOLATION_UNPROCESSED', detail: { message: '违法未处理，不能缴款' } });
    const unknown = await refusal(pay({ violationId: '4110029999999999', paidAmount: 100, orderNumber: 'PO-8', paidAt: '2026-11-01T10:30:00+08:00' }));
    expect(unknown.faultstring).toBe('VIOLATION_NOT_FOUND');
  });

  it.each([
    ['violationId', { violationId: '41100226' }, '违法编号格式不正确'],
    ['paidAmount', { paidAmount: 0 }, '缴款金额须为正整数（单位：分）'],
    ['orderNumber', { orderNumber: '订单 1' }, '缴款订单号格式不正确'],
    ['paidAt', { paidAt: '2026-11-01 10:30:00' }, '缴款时间格式不正确'],
  ])('answers RESULT=1 for a malformed %s', async (_field, change, error) => {
    const fine = demoFines()[0];
    const result = await pay({ violationId: fine.violationId, paidAmount: fine.fineAmount * 100, orderNumber: 'PO-9', paidAt: '2026-11-01T10:30:00+08:00', ...change });
    expect(result.head).toEqual({ RESULT: '1', ERROR: error });
    expect(await statusOf(fine)).toBe('1');
  });

  it('refuses a paidAmount that is not an xs:int as INVALID_REQUEST', async () => {
    const fine = demoFines()[0];
    const fault = await failure(pay({ violationId: fine.violationId, paidAmount: 'abc', orderNumber: 'PO-12', paidAt: '2026-11-01T10:30:00+08:00' }));
    expect(fault).toMatchObject({ status: 500, faultcode: 'soap:Client', faultstring: 'INVALID_REQUEST' });
  });

  it('needs a session key', async () => {
    const fine = demoFines()[0];
    const fault = await failure(pay({ violationId: fine.violationId, paidAmount: fine.fineAmount * 100, orderNumber: 'PO-10', paidAt: '2026-11-01T10:30:00+08:00' }, false));
    expect(fault).toMatchObject({ status: 500, faultstring: 'SESSION_INVALID' });
  });

  it('forgets written-back payments on reset(): the seeded status is back', async () => {
    const fine = demoFines()[0];
    await pay({ violationId: fine.violationId, paidAmount: fine.fineAmount * 100, orderNumber: 'PO-11', paidAt: '2026-11-01T10:30:00+08:00' });
    legacy.reset();
    sessionKey = await login(traffic);
    expect(await statusOf(fine)).toBe('1');
  });
});
