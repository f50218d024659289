/**
 * AlipayPayments over Alipay's official Node SDK: requests signed RSA2 with the app key, every answer's
 * signature verified with Alipay's public key, notifications checked as the SDK documents
 * (`checkNotifySignV2`) and then against our app id. Pointed at the open platform's gateway, or at the
 * stand-in (`legacy/`) in development and tests; keys and gateway as for SdkAlipayGateway.
 */
import { LegacyError } from '@jingtong/kit';
import type { AlipaySdk } from 'alipay-sdk';
import type { CallContext } from '../call-context.js';
import type { ChannelBillLine } from '../channel-bill-line.js';
import type { AlipayNotification, AlipayOrder, AlipayPayments, AlipayRefund, AlipayRefundRequest, AlipayRefundStatus, AlipayTrade } from './alipay-payments.js';
import { createAlipaySdk, execAlipay, type AlipayAnswer, type AlipayOptions } from './alipay-sdk-exec.js';
import { alipayBillLines } from './bill-lines.js';
import { AlipayTradeRefused } from './alipay-trade-refused.js';
import {
  billRequest,
  billUrlOf,
  notificationOf,
  precreateRequest,
  qrCodeOf,
  refundOf,
  refundQueryRequest,
  refundRequest,
  refundStatusOf,
  tradeOf,
  tradeRequest,
  wapPayRequest,
} from './payments-map.js';

const TRADE_NOT_EXIST = 'ACQ.TRADE_NOT_EXIST';
const BILL_NOT_EXIST = 'isp.bill_not_exist';
/** The first bytes of a zip file: the real platform's bills come zipped. */
const ZIP_MAGIC = 'PK\u0003\u0004';

export class SdkAlipayPayments implements AlipayPayments {
  private readonly sdk: AlipaySdk;

  constructor(private readonly options: AlipayOptions) {
    this.sdk = createAlipaySdk(options);
  }

  /**
   * One call: a success, or one of `expected` (answers the caller handles itself), is returned;
   * a business failure (40004, but not ACQ.SYSTEM_ERROR, which asks to retry) throws AlipayTradeRefused;
   * anything else (system busy, a common-parameter or signature refusal) is our or Alipay's fault.
   */
  private async call(method: string, params: Record<string, unknown>, ctx: CallContext | undefined, expected: readonly string[] = []): Promise<AlipayAnswer> {
    const answer = await execAlipay(this.sdk, method, params, ctx);
    if (answer.code === '10000' || expected.includes(String(answer.subCode))) return answer;
    if (answer.code === '40004' && answer.subCode && answer.subCode !== 'ACQ.SYSTEM_ERROR') throw new AlipayTradeRefused(answer.subCode, method, String(answer.subMsg ?? ''));
    throw new LegacyError('LEGACY_FAULT', 'alipay', method);
  }

  /** A verified answer we cannot read (missing field, malformed amount) is a fault of the platform. */
  private static read<T>(method: string, map: () => T): T {
    try {
      return map();
    } catch (error) {
      throw new LegacyError('LEGACY_FAULT', 'alipay', method, error);
    }
  }

  wapPayUrl(order: AlipayOrder): string {
    return this.sdk.pageExec('alipay.trade.wap.pay', 'GET', wapPayRequest(order));
  }

  async precreate(order: AlipayOrder, ctx?: CallContext): Promise<{ qrCode: string }> {
    const method = 'alipay.trade.precreate';
    const answer = await this.call(method, precreateRequest(order), ctx);
    return SdkAlipayPayments.read(method, () => qrCodeOf(answer));
  }

  async query(outTradeNo: string, ctx?: CallContext): Promise<AlipayTrade> {
    const method = 'alipay.trade.query';
    const answer = await this.call(method, tradeRequest(outTradeNo), ctx, [TRADE_NOT_EXIST]);
    if (answer.subCode === TRADE_NOT_EXIST) return { status: 'NOT_FOUND' };
    return SdkAlipayPayments.read(method, () => tradeOf(answer));
  }

  async close(outTradeNo: string, ctx?: CallContext): Promise<'CLOSED' | 'NOT_FOUND'> {
    const answer = await this.call('alipay.trade.close', tradeRequest(outTradeNo), ctx, [TRADE_NOT_EXIST]);
    return answer.subCode === TRADE_NOT_EXIST ? 'NOT_FOUND' : 'CLOSED';
  }

  async refund(request: AlipayRefundRequest, ctx?: CallContext): Promise<AlipayRefund> {
    const method = 'alipay.trade.refund';
    const answer = await this.call(method, refundRequest(request), ctx);
    return SdkAlipayPayments.read(method, () => refundOf(answer));
  }

  async queryRefund(outTradeNo: string, outRequestNo: string, ctx?: CallContext): Promise<AlipayRefundStatus> {
    const method = 'alipay.trade.fastpay.refund.query';
    const answer = await this.call(method, refundQueryRequest(outTradeNo, outRequestNo), ctx);
    return SdkAlipayPayments.read(method, () => refundStatusOf(answer));
  }

  async billDownloadUrl(date: string, ctx?: CallContext): Promise<string> {
    const method = 'alipay.data.dataservice.bill.downloadurl.query';
    const answer = await this.call(method, billRequest(date), ctx);
    return SdkAlipayPayments.read(method, () => billUrlOf(answer));
  }

  async billCsv(date: string, ctx?: CallContext): Promise<string> {
    let url: string;
    try {
      url = await this.billDownloadUrl(date, ctx);
    } catch (error) {
      if (error instanceof AlipayTradeRefused && error.subCode === BILL_NOT_EXIST) return '';
      throw error;
    }
    const operation = 'bill.download';
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      throw new LegacyError((error as Error)?.name === 'TimeoutError' ? 'LEGACY_TIMEOUT' : 'LEGACY_UNAVAILABLE', 'alipay', operation, error);
    }
    if (!response.ok) throw new LegacyError('LEGACY_UNAVAILABLE', 'alipay', operation);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The real platform serves a zip of GBK CSV files (the stand-in the CSV itself): not read here yet.
    if (new TextDecoder('latin1').decode(bytes.subarray(0, 4)) === ZIP_MAGIC) throw new LegacyError('LEGACY_FAULT', 'alipay', operation);
    const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
    return SdkAlipayPayments.read(operation, () => new TextDecoder(charset, { fatal: true }).decode(bytes));
  }

  async billLines(date: string, ctx?: CallContext): Promise<ChannelBillLine[]> {
    const csv = await this.billCsv(date, ctx);
    return SdkAlipayPayments.read('bill.download', () => alipayBillLines(csv));
  }

  verifyNotification(form: Record<string, string>): AlipayNotification | undefined {
    try {
      if (!this.sdk.checkNotifySignV2(form) || form.app_id !== this.options.appId) return undefined;
      return notificationOf(form);
    } catch {
      // A signature that is not base64, an amount that is not one: not a notification we can trust.
      return undefined;
    }
  }
}
