/** Dispatch of the payments admin surface by channel, with a stand-in that has no notifications. */
import Fastify from 'fastify';
import type { HttpSystemInstance } from '../../../framework/http-system.js';
import { PaymentNotifier } from '../../../framework/payment-notifier.js';
import { NoSuchChannel, paymentsSide, userSideRoutes, type UserSide } from '../../user-side.js';

const bare: HttpSystemInstance = { operations: [], routes: [], internalError: () => ({ body: '' }), reset: () => undefined };

function sides(instances: Record<string, HttpSystemInstance>) {
  return paymentsSide(new Map(Object.entries(instances)));
}

describe('payments by channel', () => {
  it('finds a channel by the `notifications` of its instance and says NoSuchChannel without one', async () => {
    const notifications = new PaymentNotifier({ acknowledged: () => true, retryMs: [] });
    const payments = sides({ alipay: Object.assign({}, bare, { notifications, pay: (outTradeNo: string) => ({ outTradeNo }) }), wechat: bare });
    payments.setNotifyMode('alipay', 'never');
    expect(await payments.replay('alipay', 'T1')).toEqual([]);
    expect(payments.pay('alipay', 'T1')).toEqual({ outTradeNo: 'T1' });
    expect(() => payments.setNotifyMode('wechat', 'never')).toThrow(NoSuchChannel);
    await expect(payments.replay('wechat', 'T1')).rejects.toThrow(NoSuchChannel);
    expect(() => payments.pay('wechat', 'T1')).toThrow(NoSuchChannel);
    await expect(payments.settled()).resolves.toBeUndefined();
  });

  it('answers 404 NO_SUCH_CHANNEL on the admin routes', async () => {
    const app = Fastify();
    const side = { payments: sides({ alipay: bare, wechat: bare }) } as unknown as UserSide;
    userSideRoutes(side)(app);
    // (light-my-request's inject does not load under Jest's ESM mode: a real port instead.)
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      for (const [url, payload] of [
        ['/__legacy/payments/replay', { channel: 'wechat', outTradeNo: 'T1', times: 2 }],
        ['/__legacy/payments/notify-mode', { channel: 'alipay', mode: 'late', lateMs: 10 }],
      ] as const) {
        const answer = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
        expect([url, answer.status, ((await answer.json()) as { error: string }).error]).toEqual([url, 404, 'NO_SUCH_CHANNEL']);
      }
    } finally {
      await app.close();
    }
  });
});
