import { FieldCipher, keyringFromEnv, MemoryStore } from '@jingtong/kit';
import { CachedTrafficGateway } from './cached-traffic-gateway.js';
import { FinePaymentRefused } from './fine-payment-refused.js';
import type { FinePayment, TrafficGateway, Violation } from './traffic-gateway.js';

const ctx = { requestId: 'cached-traffic-test' };
const PLATE = '豫K·11995';
const OTHER_PLATE = '豫K·N8078';

const violation = (id: string, plate: string, status: Violation['status']): Violation => ({
  id,
  plate,
  occurredAt: '2026-10-05T08:00:19+08:00',
  place: '许昌市魏都区',
  behaviorCode: '1039',
  behavior: '违反规定停放',
  points: 0,
  fineYuan: 100,
  status,
  agency: '许昌市公安局交通管理支队',
  decisionNumber: `41108120260${id}`,
  decidedAt: '2026-10-12',
});

/** A platform in memory: answers what it holds now, counts the calls. */
function fakePlatform(refuse?: FinePaymentRefused) {
  const held = new Map<string, Violation[]>([
    [PLATE, [violation('16816', PLATE, 'PROCESSED')]],
    [OTHER_PLATE, [violation('10508', OTHER_PLATE, 'PROCESSED')]],
  ]);
  const calls = { violationsByPlates: 0, payViolationFine: 0, asked: [] as string[][] };
  const platform: TrafficGateway = {
    vehiclesByOwner: async () => [],
    vehiclesByPlates: async () => new Map(),
    drivingLicence: async () => null,
    async violationsByPlates(plates) {
      calls.violationsByPlates++;
      calls.asked.push([...plates]);
      return new Map(plates.map((p) => [p, structuredClone(held.get(p) ?? [])]));
    },
    async payViolationFine(payment: FinePayment) {
      calls.payViolationFine++;
      if (refuse) throw refuse;
      const plate = [...held].find(([, list]) => list.some((v) => v.id === payment.violationId))![0];
      held.set(plate, held.get(plate)!.map((v) => (v.id === payment.violationId ? { ...v, status: 'PAID' } : v)));
      return { violationId: payment.violationId, plate, receiptNumber: '2026110100000000001', orderNumber: payment.orderNumber, amountFen: payment.amountFen, paidAt: payment.paidAt };
    },
  };
  return { platform, calls };
}

const cached = (platform: TrafficGateway) =>
  new CachedTrafficGateway(platform, new MemoryStore(), new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' })), { vehiclesMs: 60_000, violationsMs: 60_000, staleMs: 60_000 });

const payment: FinePayment = { violationId: '16816', amountFen: 11_500, orderNumber: 'PAY202611010001', paidAt: '2026-11-01T10:30:00+08:00' };

describe('CachedTrafficGateway.payViolationFine', () => {
  it('drops the cached violations of the paid plate only, so the next look-up shows the fine paid', async () => {
    const { platform, calls } = fakePlatform();
    const traffic = cached(platform);
    await traffic.violationsByPlates([PLATE, OTHER_PLATE], ctx);
    await traffic.violationsByPlates([PLATE], ctx);
    expect(calls.violationsByPlates).toBe(1);

    const receipt = await traffic.payViolationFine(payment, ctx);
    expect(receipt.plate).toBe(PLATE);
    const after = await traffic.violationsByPlates([PLATE, OTHER_PLATE], ctx);
    expect(after.get(PLATE)?.[0]?.status).toBe('PAID');
    expect(after.get(OTHER_PLATE)?.[0]?.status).toBe('PROCESSED');
    // The other plate was still a warm hit: only the paid plate was asked for again.
    expect(calls.asked).toEqual([[PLATE, OTHER_PLATE], [PLATE]]);
  });

  it('sends every payment to the platform, never answering one from a cache', async () => {
    const { platform, calls } = fakePlatform();
    const traffic = cached(platform);
    await traffic.payViolationFine(payment, ctx);
    await traffic.payViolationFine(payment, ctx);
    expect(calls.payViolationFine).toBe(2);
  });

  it('passes a refusal through and keeps the cached copy', async () => {
    const refusal = new FinePaymentRefused('AMOUNT_MISMATCH', '16816', '缴款金额不符', 11_500);
    const { platform, calls } = fakePlatform(refusal);
    const traffic = cached(platform);
    await traffic.violationsByPlates([PLATE], ctx);
    await expect(traffic.payViolationFine({ ...payment, amountFen: 10_000 }, ctx)).rejects.toBe(refusal);
    await traffic.violationsByPlates([PLATE], ctx);
    expect(calls.violationsByPlates).toBe(1);
  });
});
