/**
 * The client against the platform stand-in, end to end: the amount it computes with lateFeeFen is the one the
 * platform accepts, refusals arrive typed, and a recorded payment shows in the next violations answer.
 */
import { createLogger, createSoapClient, type LegacySoapClient } from '@jingtong/kit';
import { startLegacy, type LegacyServer, type Violation as SeededViolation } from '@jingtong/legacy';
import { TRAFFIC_WSDL } from '../traffic.js';
import { FinePaymentRefused } from './fine-payment-refused.js';
import { lateFeeFen } from './late-fee.js';
import { SoapTrafficGateway } from './soap-traffic-gateway.js';

const ctx = { requestId: 'soap-traffic-test' };
let legacy: LegacyServer;
let client: LegacySoapClient;
let traffic: SoapTrafficGateway;

beforeAll(async () => {
  legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
  client = await createSoapClient({ system: 'traffic', wsdlPath: TRAFFIC_WSDL, endpoint: `${legacy.url}/traffic`, deadlineMs: 5000, logger: createLogger('traffic-client-test', 'silent') });
  traffic = new SoapTrafficGateway(client, { userId: 'jingtong', password: 'jingtong-dev', sysCode: 'JT-TEST' });
}, 60_000);

afterAll(async () => {
  client?.close();
  await legacy?.close();
});

beforeEach(() => legacy.reset());

/** The demo citizen's unpaid fines (seeded in the stand-in). */
const unpaidFines = (): SeededViolation[] =>
  legacy.seed
    .vehiclesByOwner(legacy.seed.demoCitizen().idNumber)
    .flatMap((v) => legacy.seed.violationsByPlate(v.plate))
    .filter((v) => v.status === '1');

const paidAt = '2026-11-01T10:30:00+08:00';

describe('SoapTrafficGateway fine payments', () => {
  it('reads the penalty decision of processed violations', async () => {
    const fine = unpaidFines()[0];
    const answered = (await traffic.violationsByPlates([fine.plate], ctx)).get(fine.plate)!.find((v) => v.id === fine.violationId);
    expect(answered).toMatchObject({ status: 'PROCESSED', decisionNumber: fine.decisionNumber, decidedAt: fine.decidedAt });
  });

  it.each([0, 1, 2])('pays unpaid fine %i at fine + lateFeeFen, after which it reads PAID', async (index) => {
    const fine = unpaidFines()[index];
    const fineFen = fine.fineAmount * 100;
    const amountFen = fineFen + lateFeeFen(fineFen, fine.decidedAt!, '2026-11-01');
    const receipt = await traffic.payViolationFine({ violationId: fine.violationId, amountFen, orderNumber: `PAY-${index}`, paidAt }, ctx);
    expect(receipt).toEqual({ violationId: fine.violationId, plate: fine.plate, receiptNumber: expect.stringMatching(/^20261101\d{12}$/), orderNumber: `PAY-${index}`, amountFen, paidAt });
    const after = (await traffic.violationsByPlates([fine.plate], ctx)).get(fine.plate)!;
    expect(after.find((v) => v.id === fine.violationId)?.status).toBe('PAID');
  });

  it('answers the same order again with the first receipt', async () => {
    const fine = unpaidFines().find((v) => v.fineAmount === 100)!;
    const payment = { violationId: fine.violationId, amountFen: 11_500, orderNumber: 'PAY-R', paidAt };
    const first = await traffic.payViolationFine(payment, ctx);
    expect(await traffic.payViolationFine(payment, ctx)).toEqual(first);
  });

  it('throws FinePaymentRefused with the amount the platform wants, and the platform code', async () => {
    const fine = unpaidFines().find((v) => v.fineAmount === 100)!;
    const refused = await traffic.payViolationFine({ violationId: fine.violationId, amountFen: 10_000, orderNumber: 'PAY-M', paidAt }, ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FinePaymentRefused);
    expect(refused).toMatchObject({ reason: 'AMOUNT_MISMATCH', violationId: fine.violationId, expectedFen: 11_500, platformMessage: expect.stringContaining('115.00') });

    const unprocessed = legacy.seed.violations.find((v) => v.status === '0')!;
    const early = await traffic.payViolationFine({ violationId: unprocessed.violationId, amountFen: 100, orderNumber: 'PAY-U', paidAt }, ctx).catch((e: unknown) => e);
    expect(early).toMatchObject({ reason: 'VIOLATION_UNPROCESSED', platformMessage: '违法未处理，不能缴款' });
    expect((early as FinePaymentRefused).expectedFen).toBeUndefined();
  });

  it('leaves other failures as they were: a malformed value is BAD_USER_INPUT, an outage LEGACY_*', async () => {
    const fine = unpaidFines()[0];
    const malformed = await traffic.payViolationFine({ violationId: fine.violationId, amountFen: 20_000, orderNumber: 'PAY-B', paidAt: 'yesterday' }, ctx).catch((e: unknown) => e);
    expect(malformed).not.toBeInstanceOf(FinePaymentRefused);
    expect(malformed).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    legacy.setFaults({ system: 'traffic', errorRate: 1 });
    const down = await traffic.payViolationFine({ violationId: fine.violationId, amountFen: 20_000, orderNumber: 'PAY-D', paidAt }, ctx).catch((e: unknown) => e);
    expect(down).toMatchObject({ extensions: { code: 'LEGACY_FAULT' } });
  });
});
