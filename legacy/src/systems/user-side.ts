/**
 * The citizen's side of the SMS, Alipay and WeChat stand-ins, for tests and demos: read the
 * messages a phone received, agree to an Alipay or WeChat authorisation and get the code the
 * H5 page would be redirected with, pay at a payment platform's cashier, and stage the platforms'
 * bad days for notifications. In process on LegacyServer, and as admin routes:
 *   GET  /__legacy/sms?phone=<phone>     -> [{ messageId, phone, content, signName, sentAt }] newest first
 *   POST /__legacy/alipay/authorize      { idNumber, name?, mobile? } -> { authCode, userId }
 *   POST /__legacy/alipay/pay            { outTradeNo } -> { outTradeNo, tradeNo, buyerId, returnUrl? }
 *   POST /__legacy/alipay/cancel         { outTradeNo } -> { outTradeNo, status, quitUrl? }
 *   POST /__legacy/wechat/authorize      { wechatUser } -> { code, openid, unionid }
 *   POST /__legacy/payments/replay       { channel, outTradeNo, times?, reversed? } -> { answers: [{ status, body }] }
 *   POST /__legacy/payments/notify-mode  { channel, mode, lateMs? } -> { channel, mode, lateMs }
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HttpSystemInstance } from '../framework/http-system.js';
import type { NotificationAnswer, NotifyMode, PaymentNotifier } from '../framework/payment-notifier.js';
import type { SystemInstance } from '../framework/system.js';
import type { alipay } from './alipay/index.js';
import type { AlipayAuthorization } from './alipay/accounts.js';
import type { AlipayPaid } from './alipay/trade/payment-desk.js';
import type { sms } from './sms/index.js';
import type { SentSms } from './sms/outbox.js';
import type { wechat } from './wechat/index.js';
import type { WechatAuthorization } from './wechat/users.js';

export interface SmsUserSide {
  /** What was sent (to `phone` only, if given), newest first. */
  sent(phone?: string): SentSms[];
}

export interface AlipayUserSide {
  /**
   * The citizen agrees in the Alipay app: an auth_code (single use, 5 min) and their stable
   * user_id. A seeded person by default; name and mobile make anyone with a valid ID number
   * an Alipay user (e.g. someone the population register does not know). Throws a RangeError
   * for a malformed ID number, or an unseeded one without name and mobile.
   */
  authorize(idNumber: string, profile?: { name?: string; mobile?: string }): AlipayAuthorization;
  /**
   * The buyer opens the trade's cashier and confirms: TRADE_SUCCESS, the notification is sent, and
   * `returnUrl` is where the browser would go (return_url + signed return parameters). Throws a
   * RangeError for an unknown, paid, closed or expired trade.
   */
  pay(outTradeNo: string): AlipayPaid;
  /** The buyer opens the cashier and leaves: the trade stays WAIT_BUYER_PAY (it now exists for query and close). */
  cancel(outTradeNo: string): { outTradeNo: string; status: string; quitUrl: string | undefined };
  /** The refund period of a paid trade ends: TRADE_FINISHED (notified); refunds are refused from then on. Throws a RangeError otherwise. */
  finish(outTradeNo: string): { outTradeNo: string; status: string };
}

export interface WechatUserSide {
  /** The WeChat user (any 1-64 character handle, e.g. wx-user-1) agrees: a code (single use, 5 min). */
  authorize(wechatUser: string): WechatAuthorization;
}

export const PAYMENT_CHANNELS = ['alipay', 'wechat'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

/** A channel whose stand-in has no notifications (or no cashier): 404 NO_SUCH_CHANNEL on the admin routes. */
export class NoSuchChannel extends Error {
  constructor(readonly channel: string) {
    super(`no payment stand-in for channel ${channel}`);
    this.name = 'NoSuchChannel';
  }
}

/** Both payment platforms' notifications and cashiers, by channel. */
export interface PaymentsUserSide {
  /** The payer confirms at the channel's cashier (Alipay: AlipayUserSide.pay). Throws NoSuchChannel, or the channel's RangeError. */
  pay(channel: 'alipay', outTradeNo: string): AlipayPaid;
  pay(channel: PaymentChannel, outTradeNo: string): unknown;
  /** Every notification recorded for the trade sent again, `times` copies each in parallel (newest first if `reversed`); the merchant's answers. */
  replay(channel: PaymentChannel, outTradeNo: string, options?: { times?: number; reversed?: boolean }): Promise<NotificationAnswer[]>;
  /** normal: sent at once; never: recorded only (until replayed); late: sent after lateMs. reset() returns to normal. */
  setNotifyMode(channel: PaymentChannel, mode: NotifyMode, lateMs?: number): void;
  /** Resolves when no channel has a delivery or retry pending. */
  settled(): Promise<void>;
}

export interface UserSide {
  sms: SmsUserSide;
  alipay: AlipayUserSide;
  wechat: WechatUserSide;
  payments: PaymentsUserSide;
}

export function userSide(soap: ReadonlyMap<string, SystemInstance>, http: ReadonlyMap<string, HttpSystemInstance>): UserSide {
  const { outbox } = soap.get('sms') as ReturnType<typeof sms.create>;
  const alipayInstance = http.get('alipay') as ReturnType<typeof alipay.create>;
  const { users } = http.get('wechat') as ReturnType<typeof wechat.create>;
  return {
    sms: { sent: (phone) => outbox.sent(phone) },
    alipay: {
      authorize: (idNumber, profile) => alipayInstance.accounts.authorize(idNumber, profile),
      pay: (outTradeNo) => alipayInstance.pay(outTradeNo),
      cancel: (outTradeNo) => alipayInstance.cancel(outTradeNo),
      finish: (outTradeNo) => alipayInstance.finish(outTradeNo),
    },
    wechat: { authorize: (wechatUser) => users.authorize(wechatUser) },
    payments: paymentsSide(http),
  };
}

/** Duck-typed: a payment stand-in exposes `notifications` (and `pay`) on its instance. */
export function paymentsSide(http: ReadonlyMap<string, HttpSystemInstance>): PaymentsUserSide {
  const instanceOf = (channel: string) => http.get(channel) as (HttpSystemInstance & { notifications?: PaymentNotifier; pay?: (outTradeNo: string) => unknown }) | undefined;
  const notifierOf = (channel: string) => {
    const notifications = instanceOf(channel)?.notifications;
    if (!notifications) throw new NoSuchChannel(channel);
    return notifications;
  };
  return {
    pay: (channel: string, outTradeNo: string) => {
      const instance = instanceOf(channel);
      if (!instance?.pay) throw new NoSuchChannel(channel);
      return instance.pay(outTradeNo);
    },
    replay: async (channel, outTradeNo, options) => notifierOf(channel).replay(outTradeNo, options),
    setNotifyMode: (channel, mode, lateMs) => notifierOf(channel).setMode(mode, lateMs),
    settled: async () => {
      await Promise.all(PAYMENT_CHANNELS.map((channel) => instanceOf(channel)?.notifications?.settled()));
    },
  } as PaymentsUserSide;
}

const alipayBody = z.strictObject({ idNumber: z.string(), name: z.string().min(1).optional(), mobile: z.string().min(1).optional() });
const wechatBody = z.strictObject({ wechatUser: z.string() });
const tradeBody = z.strictObject({ outTradeNo: z.string().min(1) });
const channel = z.enum(PAYMENT_CHANNELS);
const replayBody = z.strictObject({ channel, outTradeNo: z.string().min(1), times: z.number().int().min(1).max(200).optional(), reversed: z.boolean().optional() });
const notifyModeBody = z.strictObject({ channel, mode: z.enum(['normal', 'never', 'late']), lateMs: z.number().int().min(0).max(600_000).optional() });

/** Registered inside the admin plugin (its JSON error handling applies). */
export function userSideRoutes(side: UserSide) {
  return (app: FastifyInstance) => {
    app.get('/__legacy/sms', async (request) => {
      const { phone } = request.query as { phone?: unknown };
      return side.sms.sent(typeof phone === 'string' && phone !== '' ? phone : undefined);
    });
    app.post('/__legacy/alipay/authorize', async (request, reply) => {
      const body = alipayBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.alipay.authorize(body.data.idNumber, body.data));
    });
    app.post('/__legacy/wechat/authorize', async (request, reply) => {
      const body = wechatBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.wechat.authorize(body.data.wechatUser));
    });
    app.post('/__legacy/alipay/pay', async (request, reply) => {
      const body = tradeBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.alipay.pay(body.data.outTradeNo));
    });
    app.post('/__legacy/alipay/cancel', async (request, reply) => {
      const body = tradeBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.alipay.cancel(body.data.outTradeNo));
    });
    app.post('/__legacy/payments/replay', async (request, reply) => {
      const body = replayBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      const { channel, outTradeNo, ...options } = body.data;
      return attempt(reply, async () => ({ answers: await side.payments.replay(channel, outTradeNo, options) }));
    });
    app.post('/__legacy/payments/notify-mode', async (request, reply) => {
      const body = notifyModeBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      const { channel, mode, lateMs = 0 } = body.data;
      return attempt(reply, () => {
        side.payments.setNotifyMode(channel, mode, lateMs);
        return { channel, mode, lateMs };
      });
    });
  };
}

async function attempt<T>(reply: { code(status: number): { send(body: object): unknown } }, run: () => T | Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NoSuchChannel) return reply.code(404).send({ error: 'NO_SUCH_CHANNEL', message: error.message });
    if (error instanceof RangeError) return reply.code(400).send({ error: 'INVALID_REQUEST', message: error.message });
    throw error;
  }
}
