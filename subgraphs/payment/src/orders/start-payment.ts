import { enqueueJob, qrCodeDataUrl } from '@jingtong/kit';
import { ChannelAuthRefused } from '@jingtong/legacy-clients';
import { type JsapiPayParams, outTradeNoOf } from '../channels/payment-channel.js';
import { attemptsOf, findOrder } from '../db/repositories/orders.repository.js';
import type { TradeMode } from '../db/tables/payment-attempt.table.js';
import type { ChannelName } from '../db/tables/payment-order.table.js';
import type { PaymentDeps } from '../deps.js';
import type { PaymentErrorCode } from '../errors.js';
import { PAYMENT_JOBS } from '../jobs/job-kinds.js';
import { recordPayment } from './record-payment.js';

export interface Cashier {
  /** The channel's cashier page (H5); none inside WeChat, where WeChat's own pay sheet opens (`jsapi`). */
  url: string | null;
  /** An SVG data URL of the QR code another device can scan (H5 only). */
  qrCode: string | null;
  jsapi: JsapiPayParams | null;
  expiresAt: Date;
}

/** Who pays: the citizen, their address as the gateway saw it, and inside WeChat the page's 网页授权 code. */
export interface Payer {
  citizenId: string;
  address: string | undefined;
  wechatCode?: string | undefined;
}

export type StartPaymentResult = { ok: true; pay: Cashier } | { ok: false; code: PaymentErrorCode };

/**
 * The citizen chose a channel for their order: its trade is opened (or the open one reused: asking twice
 * pays once), and the other channel's open trade is closed first, so one order is never payable on two
 * channels at once. Two starts racing on both channels could still both pay: the second payment is recorded,
 * flagged (`PAYMENT_RECEIVED` with `duplicate`) and refunded whole by the centre (`refundDuplicatePayment`).
 * `payerAddress` is the citizen's address as the gateway saw it (WeChat Pay's H5 orders must carry it).
 */
export async function startPayment(deps: PaymentDeps, payer: Payer, orderId: string, channelName: ChannelName, requestId: string): Promise<StartPaymentResult> {
  const { citizenId } = payer;
  if (payer.wechatCode && channelName !== 'WECHAT') return { ok: false, code: 'WECHAT_AUTH_FAILED' };
  const mode: TradeMode = payer.wechatCode ? 'JSAPI' : 'H5';
  const { db } = deps.database;
  const order = await findOrder(db, orderId);
  if (!order || order.citizen_id !== citizenId) return { ok: false, code: 'ORDER_NOT_FOUND' };
  if (order.status !== 'UNPAID') return { ok: false, code: order.status === 'CLOSED' ? 'ORDER_CLOSED' : 'ORDER_ALREADY_PAID' };
  if (order.expires_at.getTime() <= Date.now()) return { ok: false, code: 'ORDER_CLOSED' };

  const attempts = await attemptsOf(db, orderId);
  try {
    // The other channel's open trade, or this channel's opened the other way (H5 / JSAPI), is closed first.
    for (const other of attempts) {
      if ((other.channel === channelName && other.mode === mode) || other.state !== 'OPEN') continue;
      const channel = deps.channels[other.channel];
      const trade = await channel.query(other.out_trade_no);
      if (trade.state === 'PAID' && trade.tradeNo && trade.amountFen !== undefined) {
        await recordPayment(deps, { channel: other.channel, outTradeNo: other.out_trade_no, tradeNo: trade.tradeNo, amountFen: trade.amountFen, paidAt: trade.paidAt ?? new Date() }, requestId);
        return { ok: false, code: 'ORDER_ALREADY_PAID' };
      }
      if (trade.state === 'PENDING' || trade.state === 'NOT_FOUND') await channel.close(other.out_trade_no);
      await db.updateTable('payment_attempts').set({ state: 'CLOSED' }).where('out_trade_no', '=', other.out_trade_no).where('state', '=', 'OPEN').execute();
    }
  } catch (error) {
    deps.logger.warn({ orderId, err: error }, 'could not close the other channel’s trade');
    return { ok: false, code: 'CHANNEL_UNAVAILABLE' };
  }

  let wechatOpenid: string | undefined;
  if (payer.wechatCode) {
    try {
      wechatOpenid = (await deps.wechatAuth.userForCode(payer.wechatCode, { requestId })).openid;
    } catch (error) {
      if (error instanceof ChannelAuthRefused) return { ok: false, code: 'WECHAT_AUTH_FAILED' };
      deps.logger.warn({ orderId, err: error }, 'WeChat web authorisation did not answer');
      return { ok: false, code: 'CHANNEL_UNAVAILABLE' };
    }
  }

  const open = attempts.find((a) => a.channel === channelName && a.mode === mode && a.state === 'OPEN');
  const outTradeNo = open?.out_trade_no ?? outTradeNoOf(order.id, channelName, attempts.length + 1, order.created_at);
  await db.transaction().execute(async (trx) => {
    const opened = await trx.insertInto('payment_attempts').values({ out_trade_no: outTradeNo, order_id: order.id, channel: channelName, mode }).onConflict((c) => c.column('out_trade_no').doNothing()).returning('out_trade_no').executeTakeFirst();
    if (!opened) return;
    // A lost notification is found by asking the channel later.
    await enqueueJob(trx, { kind: PAYMENT_JOBS.settle, key: `${outTradeNo}:1`, payload: { outTradeNo, round: 1 }, delayMs: deps.env.PAYMENT_SETTLE_AFTER_MS });
    await deps.audit.record({ action: 'PAYMENT_STARTED', actorKind: 'citizen', actorId: citizenId, targetKind: 'payment_order', targetId: order.id, requestId, details: { channel: channelName, mode } }, { trx });
  });

  let cashier: Awaited<ReturnType<PaymentDeps['channels'][ChannelName]['start']>>;
  try {
    cashier = await deps.channels[channelName].start({
      outTradeNo,
      amountFen: order.amount_fen,
      subject: deps.cipher.decrypt(order.subject_sealed),
      expiresAt: order.expires_at,
      notifyUrl: `${deps.notifyBaseUrl}/notify/${channelName.toLowerCase()}`,
      returnUrl: `${deps.env.PAYMENT_RETURN_URL}?orderId=${order.id}`,
      payerIp: payer.address,
      wechatOpenid,
    });
  } catch (error) {
    deps.logger.warn({ orderId, channel: channelName, err: error }, 'the channel refused to open the trade');
    return { ok: false, code: 'CHANNEL_UNAVAILABLE' };
  }
  if (cashier.jsapi) return { ok: true, pay: { url: null, qrCode: null, jsapi: cashier.jsapi, expiresAt: order.expires_at } };
  return { ok: true, pay: { url: cashier.url, qrCode: await qrCodeDataUrl(cashier.qrContent), jsapi: null, expiresAt: order.expires_at } };
}
