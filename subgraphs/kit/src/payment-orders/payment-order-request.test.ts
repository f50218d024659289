import { paymentOrderId, PaymentOrderRequestSchema } from './payment-order-request.js';

const request = {
  orderId: paymentOrderId('traffic', 'Violation', '411002260000001'),
  payable: { subgraph: 'traffic', type: 'Violation', id: '411002260000001' },
  citizenId: 'c-1',
  businessKind: 'TRAFFIC_FINE',
  subject: '交通违法罚款',
  lines: [
    { label: '罚款', amountFen: 20_000 },
    { label: '加处罚款', amountFen: 600 },
  ],
  amountFen: 20_600,
  countyCode: '411002',
  revenueItem: { code: '103050101', name: '公安罚没收入' },
  expiresAt: '2026-12-02T10:00:00+08:00',
};

describe('payment order requests', () => {
  it('names one order per payable and attempt, in UUID shape', () => {
    const first = paymentOrderId('traffic', 'Violation', '411002260000001');
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(paymentOrderId('traffic', 'Violation', '411002260000001')).toBe(first);
    expect(new Set([first, paymentOrderId('traffic', 'Violation', '411002260000001', 2), paymentOrderId('traffic', 'Violation', '411002260000002'), paymentOrderId('exit-entry', 'Violation', '411002260000001')]).size).toBe(4);
  });

  it('accepts integer fen whose lines add up, and nothing else', () => {
    expect(PaymentOrderRequestSchema.safeParse(request).success).toBe(true);
    const refused = (patch: Record<string, unknown>) => PaymentOrderRequestSchema.safeParse({ ...request, ...patch }).success;
    expect(refused({ amountFen: 206.5 })).toBe(false);
    expect(refused({ amountFen: 20_700 })).toBe(false);
    expect(refused({ amountFen: 0, lines: [{ label: '罚款', amountFen: 0 }] })).toBe(false);
    expect(refused({ businessKind: 'LOTTERY' })).toBe(false);
    expect(refused({ countyCode: '4110' })).toBe(false);
    expect(refused({ expiresAt: 'tomorrow' })).toBe(false);
    expect(refused({ extra: true })).toBe(false);
  });
});
