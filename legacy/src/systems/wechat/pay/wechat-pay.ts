/**
 * 微信支付 API v3 — the merchant side of WeChat Pay as the stand-in plays it, below /wechat/v3/...:
 * orders, query, close, refunds and the trade bill, each request's signature checked and each answer
 * signed (DEV ONLY keys, ../dev-keys/), asynchronous notifications through the shared
 * PaymentNotifier, and the cashier pages where the payer confirms or cancels.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { HttpCall, HttpReply } from '../../../framework/http-system.js';
import { PaymentNotifier } from '../../../framework/payment-notifier.js';
import { TokenSource } from '../../shared/tokens.js';
import { BILL_OPERATIONS, billRoutes } from './bill-routes.js';
import { noticePage } from './cashier-page.js';
import { cashierRoutes } from './cashier-routes.js';
import { WECHATPAY_DEV_KEYS, readDevKey } from './dev-keys.js';
import { FrequencyLimit } from './frequency-limit.js';
import { ORDER_OPERATIONS, orderRoutes } from './order-routes.js';
import { PAY_ERRORS as E } from './pay-errors.js';
import { PaymentDesk } from './payment-desk.js';
import { REFUND_OPERATIONS, refundRoutes } from './refund-routes.js';
import { signedReply, type V3Deps } from './v3-route.js';

export const WECHATPAY_OPERATIONS = [...Object.values(ORDER_OPERATIONS), ...Object.values(REFUND_OPERATIONS), ...Object.values(BILL_OPERATIONS)];

export interface WechatPaySettings {
  /** The app the merchant's orders must name (the official account the OAuth stand-in serves). */
  appId: string;
  mchid: string;
  /** 商户名称 on the cashier page. */
  merchantName: string;
  /** Waits between re-sends of an unacknowledged notification. */
  notifyRetryMs: readonly number[];
  /** FREQUENCY_LIMITED above this many API calls in one second. */
  callsPerSecond: number;
  /** Base of the URLs handed out; default: the Host the request came to. */
  publicUrl?: string | undefined;
}

export interface WechatPayContext {
  /** Set while recording samples: tokens and ids derived from it instead of random. */
  tokenSeed?: string | undefined;
  now: () => number;
  /** Aborted when the stand-in closes: notification retries stop with it. */
  signal?: AbortSignal | undefined;
}

export function createWechatPay(settings: WechatPaySettings, { tokenSeed, now, signal }: WechatPayContext) {
  const tokens = new TokenSource(tokenSeed && `${tokenSeed}:wechatpay`);
  const tokensFor = (key: string) => new TokenSource(tokenSeed && `${tokenSeed}:wechatpay:${key}`);
  const deps: V3Deps = {
    merchant: { mchid: settings.mchid, serial: WECHATPAY_DEV_KEYS.merchantSerial, publicKey: createPublicKey(readDevKey('merchantCertificatePath')) },
    platform: { publicKeyId: WECHATPAY_DEV_KEYS.publicKeyId, privateKey: createPrivateKey(readDevKey('platformPrivateKeyPath')) },
    limit: new FrequencyLimit(settings.callsPerSecond, now),
    now,
  };
  // v3's rule: the merchant got it when it answers 200 or 204, whatever the body.
  const notifications = new PaymentNotifier({ acknowledged: ({ status }) => status === 200 || status === 204, retryMs: settings.notifyRetryMs, signal });
  const desk = new PaymentDesk({ appId: settings.appId, tokens, tokensFor, notifications, signer: { platform: deps.platform, apiV3Key: readDevKey('apiV3KeyPath'), now } });
  const bill = billRoutes({ ...deps, desk, tokens, publicUrl: settings.publicUrl });
  return {
    operations: WECHATPAY_OPERATIONS,
    routes: [
      ...orderRoutes({ ...deps, desk, ids: { appId: settings.appId, mchid: settings.mchid }, publicUrl: settings.publicUrl }),
      ...refundRoutes({ ...deps, desk }),
      ...bill.routes,
      ...cashierRoutes(desk, settings.merchantName),
    ],
    /** Whether the call is WeChat Pay's (API or cashier), whose failures it answers itself. */
    owns: (call: HttpCall) => call.path.startsWith('/v3/') || call.path.startsWith('/pay/'),
    /** SYSTEM_ERROR (500, signed) for the API; a notice for the cashier pages. */
    internalError(call: HttpCall): HttpReply {
      if (call.path.startsWith('/v3/')) return signedReply(E.systemError, deps);
      return { status: 500, contentType: 'text/html; charset=utf-8', body: noticePage('系统繁忙', '请稍后再试') };
    },
    notifications,
    desk,
    reset() {
      desk.book.clear();
      notifications.reset();
      deps.limit.clear();
      bill.clear();
    },
  };
}
