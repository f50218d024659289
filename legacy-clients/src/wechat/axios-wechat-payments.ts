/**
 * WeChat Pay API v3 through the SDK the platform's docs point Node users to, wechatpay-axios-plugin:
 * it signs every request with the merchant key (WECHATPAY2-SHA256-RSA2048) and refuses any 2xx or 4xx answer
 * whose Wechatpay-* signature does not verify with the 微信支付公钥 or whose timestamp is more than
 * 300 s off. Pointed at api.mch.weixin.qq.com, or at the stand-in (`<legacy>/wechat`) in development.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { LegacyError } from '@jingtong/kit';
import { Formatter, Rsa, Wechatpay } from 'wechatpay-axios-plugin';
import type { ChannelBillLine } from '../channel-bill-line.js';
import { wechatBillLines } from './bill-lines.js';
import { checkWechatNotification } from './wechat-notification-check.js';
import { WechatPayRefused } from './wechat-pay-refused.js';
import type {
  WechatH5Order,
  WechatJsapiOrder,
  WechatJsapiPayParams,
  WechatNotification,
  WechatOrder,
  WechatPayments,
  WechatRefund,
  WechatRefundRequest,
  WechatRefundStatus,
  WechatTrade,
  WechatTradeStatus,
} from './wechat-payments.js';

export interface WechatPayOptions {
  /** e.g. https://api.mch.weixin.qq.com (the stand-in: http://127.0.0.1:4900/wechat). */
  apiUrl: string;
  /** The official account the orders are for (JSAPI payers' openids are per app). */
  appId: string;
  mchid: string;
  /** The serial number of the merchant's API certificate. */
  merchantSerial: string;
  merchantPrivateKeyPem: string;
  /** The 微信支付公钥 id (PUB_KEY_ID_…) and the key: answers and notifications must be signed by it. */
  publicKeyId: string;
  publicKeyPem: string;
  /** The 32-character APIv3 key: notification resources are encrypted with it. */
  apiV3Key: string;
  timeoutMs: number;
}

interface Answer {
  status: number;
  data: unknown;
}

interface Endpoint {
  get(config?: object): Promise<Answer>;
  post(data?: object, config?: object): Promise<Answer>;
}

const TRADE_STATES = new Set<string>(['NOTPAY', 'SUCCESS', 'CLOSED', 'REFUND', 'PAYERROR', 'USERPAYING', 'REVOKED']);
const REFUND_STATES = new Set<string>(['SUCCESS', 'PROCESSING', 'CLOSED', 'ABNORMAL']);

/** Beijing time with its offset, as time_expire is written (2026-11-01T10:00:00+08:00). */
const rfc3339 = (at: Date) => `${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

export class AxiosWechatPayments implements WechatPayments {
  private readonly wxpay: Wechatpay;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(private readonly options: WechatPayOptions) {
    this.privateKey = createPrivateKey(options.merchantPrivateKeyPem);
    this.publicKey = createPublicKey(options.publicKeyPem);
    this.wxpay = new Wechatpay({
      mchid: options.mchid,
      serial: options.merchantSerial,
      privateKey: options.merchantPrivateKeyPem,
      certs: { [options.publicKeyId]: options.publicKeyPem },
      baseURL: `${options.apiUrl.replace(/\/$/, '')}/`,
      timeout: options.timeoutMs,
      // The SDK checks the Wechatpay-* signature only of answers axios takes as successes. WeChat Pay signs its
      // 4xx answers too, and their codes decide what we do (ORDERNOTEXIST reads as "no such trade", NO_STATEMENT_EXIST
      // as "no bill"), so 4xx answers pass through the SDK's check as well; `call` turns them into refusals.
      // 5xx and 429 stay errors unchecked: they are only ever read as "try again later".
      validateStatus: (status: number) => status < 500 && status !== 429,
    });
  }

  async h5Order(order: WechatH5Order): Promise<{ url: string }> {
    const scene_info = { payer_client_ip: order.payerIp, h5_info: { type: 'Wap' } };
    const answer = await this.call('pay.transactions.h5', (api) => api('v3/pay/transactions/h5').post({ ...this.orderBody(order), scene_info }));
    return { url: this.field(answer, 'h5_url', 'pay.transactions.h5') };
  }

  async nativeOrder(order: WechatOrder): Promise<{ qrCode: string }> {
    const answer = await this.call('pay.transactions.native', (api) => api('v3/pay/transactions/native').post(this.orderBody(order)));
    return { qrCode: this.field(answer, 'code_url', 'pay.transactions.native') };
  }

  async jsapiOrder(order: WechatJsapiOrder): Promise<{ prepayId: string }> {
    const answer = await this.call('pay.transactions.jsapi', (api) => api('v3/pay/transactions/jsapi').post({ ...this.orderBody(order), payer: { openid: order.openid } }));
    return { prepayId: this.field(answer, 'prepay_id', 'pay.transactions.jsapi') };
  }

  jsapiPayParams(prepayId: string): WechatJsapiPayParams {
    const [timeStamp, nonceStr, pkg] = [String(Formatter.timestamp()), Formatter.nonce(), `prepay_id=${prepayId}`];
    const paySign = Rsa.sign(Formatter.joinedByLineFeed(this.options.appId, timeStamp, nonceStr, pkg), this.privateKey);
    return { appId: this.options.appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
  }

  async query(outTradeNo: string): Promise<WechatTrade> {
    const operation = 'pay.transactions.out-trade-no';
    let answer: Answer;
    try {
      answer = await this.call(operation, (api) => api('v3/pay/transactions/out-trade-no/{out_trade_no}').get({ params: { mchid: this.options.mchid }, out_trade_no: encodeURIComponent(outTradeNo) }));
    } catch (error) {
      if (error instanceof WechatPayRefused && error.code === 'ORDERNOTEXIST') return { status: 'NOT_FOUND' };
      throw error;
    }
    const trade = record(answer.data);
    const state = String(trade.trade_state);
    if (trade.out_trade_no !== outTradeNo || !TRADE_STATES.has(state)) throw new LegacyError('LEGACY_FAULT', 'wechat', operation);
    const amount = record(trade.amount);
    const paidAt = typeof trade.success_time === 'string' ? new Date(trade.success_time) : undefined;
    return {
      // USERPAYING (password being typed) and REVOKED (micropay only) read as their nearest state.
      status: (state === 'USERPAYING' ? 'NOTPAY' : state === 'REVOKED' ? 'CLOSED' : state) as WechatTradeStatus,
      transactionId: typeof trade.transaction_id === 'string' ? trade.transaction_id : undefined,
      amountFen: Number.isSafeInteger(amount.total) ? (amount.total as number) : undefined,
      paidAt: paidAt && !Number.isNaN(paidAt.getTime()) ? paidAt : undefined,
    };
  }

  async close(outTradeNo: string): Promise<void> {
    await this.call('pay.transactions.close', (api) =>
      api('v3/pay/transactions/out-trade-no/{out_trade_no}/close').post({ mchid: this.options.mchid }, { out_trade_no: encodeURIComponent(outTradeNo) }),
    );
  }

  async refund(request: WechatRefundRequest): Promise<WechatRefund> {
    const body = {
      out_trade_no: request.outTradeNo,
      out_refund_no: request.outRefundNo,
      reason: request.reason,
      notify_url: request.notifyUrl,
      amount: { refund: request.amountFen, total: request.totalFen, currency: 'CNY' },
    };
    const answer = await this.call('refund.domestic.refunds', (api) => api('v3/refund/domestic/refunds').post(body));
    return this.refundOf(answer, request.outRefundNo, 'refund.domestic.refunds');
  }

  async queryRefund(outRefundNo: string): Promise<WechatRefund> {
    const operation = 'refund.domestic.refunds.query';
    try {
      const answer = await this.call(operation, (api) => api('v3/refund/domestic/refunds/{out_refund_no}').get({ out_refund_no: encodeURIComponent(outRefundNo) }));
      return this.refundOf(answer, outRefundNo, operation);
    } catch (error) {
      if (error instanceof WechatPayRefused && error.code === 'RESOURCE_NOT_EXISTS') return { status: 'NOT_FOUND', refundedFen: 0 };
      throw error;
    }
  }

  async billCsv(date: string): Promise<string> {
    let bill: Answer;
    try {
      bill = await this.call('bill.tradebill', (api) => api('v3/bill/tradebill').get({ params: { bill_date: date, bill_type: 'ALL' } }));
    } catch (error) {
      if (error instanceof WechatPayRefused && error.code === 'NO_STATEMENT_EXIST') return '';
      throw error;
    }
    const { download_url, hash_type, hash_value } = record(bill.data);
    const token = typeof download_url === 'string' && URL.canParse(download_url) ? new URL(download_url) : undefined;
    // Only the token is taken from the answer: the file is fetched from our own API host, signed like every call.
    if (!token?.pathname.endsWith('/v3/billdownload/file') || !token.searchParams.get('token') || hash_type !== 'SHA1' || typeof hash_value !== 'string') {
      throw new LegacyError('LEGACY_FAULT', 'wechat', 'bill.tradebill');
    }
    const file = await this.call('billdownload.file', (api) =>
      api('v3/billdownload/file').get({ params: { token: token.searchParams.get('token') }, responseType: 'arraybuffer' }),
    );
    const bytes = Buffer.from(file.data as ArrayBuffer);
    if (createHash('sha1').update(bytes).digest('hex') !== hash_value.toLowerCase()) throw new LegacyError('LEGACY_FAULT', 'wechat', 'billdownload.file');
    return bytes.toString('utf8');
  }

  async billLines(date: string): Promise<ChannelBillLine[]> {
    const csv = await this.billCsv(date);
    try {
      return wechatBillLines(csv);
    } catch (error) {
      // A file whose SHA1 checked out but that we cannot read is the platform's fault, as a malformed answer is.
      throw new LegacyError('LEGACY_FAULT', 'wechat', 'billdownload.file', error);
    }
  }

  verifyNotification(headers: Record<string, string | string[] | undefined>, rawBody: string): WechatNotification | undefined {
    return checkWechatNotification(headers, rawBody, { publicKeys: { [this.options.publicKeyId]: this.publicKey }, apiV3Key: this.options.apiV3Key });
  }

  private orderBody(order: WechatOrder) {
    return {
      appid: this.options.appId,
      mchid: this.options.mchid,
      description: order.description,
      out_trade_no: order.outTradeNo,
      time_expire: rfc3339(order.expiresAt),
      notify_url: order.notifyUrl,
      amount: { total: order.amountFen, currency: 'CNY' },
    };
  }

  private refundOf(answer: Answer, outRefundNo: string, operation: string): WechatRefund {
    const refund = record(answer.data);
    const status = String(refund.status);
    const refunded = record(refund.amount).refund;
    if (refund.out_refund_no !== outRefundNo || !REFUND_STATES.has(status) || !Number.isSafeInteger(refunded)) throw new LegacyError('LEGACY_FAULT', 'wechat', operation);
    return { status: status as WechatRefundStatus, refundedFen: refunded as number, refundId: typeof refund.refund_id === 'string' ? refund.refund_id : undefined };
  }

  private field(answer: Answer, name: string, operation: string): string {
    const value = record(answer.data)[name];
    if (typeof value !== 'string' || value === '') throw new LegacyError('LEGACY_FAULT', 'wechat', operation);
    return value;
  }

  /** One API call; its failures as this package's typed errors. */
  private async call(operation: string, run: (api: (path: string) => Endpoint) => Promise<Answer>): Promise<Answer> {
    // The SDK's chain: each path segment a property, `{name}` filled from the request config.
    const api = (path: string) => path.split('/').reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], this.wxpay) as Endpoint;
    let answer: Answer;
    try {
      answer = await run(api);
    } catch (error) {
      throw failureOf(error, operation);
    }
    if (answer.status >= 300) throw refusalOf(answer, operation);
    return answer;
  }
}

/** A 3xx/4xx answer whose signature verified: WeChat's refusal when it names its code, a fault otherwise. */
function refusalOf(answer: Answer, operation: string): Error {
  const wechatCode = record(answer.data).code;
  // 401: WeChat refused our signature (configuration), not a business answer.
  if (answer.status === 401 || answer.status < 400 || typeof wechatCode !== 'string') return new LegacyError('LEGACY_FAULT', 'wechat', operation);
  return new WechatPayRefused(wechatCode, answer.status, operation);
}

/**
 * What went wrong in the call itself, as callers act on it: timeout; outage, 5xx or rate limit (try again
 * later); an answer not signed by WeChat Pay, whatever its status (a fault: configuration or tampering, never
 * believed). Signed refusals are `refusalOf`'s. The SDK's messages can quote the answer: not kept.
 */
function failureOf(error: unknown, operation: string): Error {
  const e = error as { code?: unknown; response?: { status?: number } };
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return new LegacyError('LEGACY_TIMEOUT', 'wechat', operation);
  if (code.startsWith('EV3_RES_')) return new LegacyError('LEGACY_FAULT', 'wechat', operation);
  const status = e.response?.status;
  if (!status || status >= 500 || status === 429) return new LegacyError('LEGACY_UNAVAILABLE', 'wechat', operation);
  return new LegacyError('LEGACY_FAULT', 'wechat', operation);
}
