/**
 * 支付宝开放平台 — the Alipay open platform stand-in (HTTP): the gateway at /alipay/gateway.do
 * (OAuth, trades, bills), the buyer's cashier at /alipay/cashier/<code>, bill downloads at
 * /alipay/bills/<token>, and trade notifications to the merchant's notify_url.
 */
import type { HttpCall, HttpSystemModule } from '../../framework/http-system.js';
import { PaymentNotifier } from '../../framework/payment-notifier.js';
import type { SeedData } from '../../seed/index.js';
import { TokenSource, standInDigest } from '../shared/tokens.js';
import { AlipayAccounts, alipayUserIdOf } from './accounts.js';
import { readDevKey } from './dev-keys.js';
import { alipayEnv } from './env.js';
import { ALIPAY_METHODS, gatewayRoute, systemBusy } from './gateway.js';
import { BillLinks } from './trade/bill-links.js';
import { noticePage } from './trade/cashier-page.js';
import { cashierRoutes } from './trade/cashier-routes.js';
import { PaymentDesk } from './trade/payment-desk.js';
import type { AlipayBuyer } from './trade/trades.js';

export { ALIPAY_DEV_KEYS, ALIPAY_DEV_APP_ID } from './dev-keys.js';
export { alipayUserIdOf, type AlipayAuthorization } from './accounts.js';
export type { AlipayPaid } from './trade/payment-desk.js';

/** The merchant's own partner id (seller_id): 2088 + 12 digits, stable per app id. */
export function alipaySellerIdOf(appId: string): string {
  return `2088${String(standInDigest('alipay-seller-id', appId).readBigUInt64BE(0) % 1_000_000_000_000n).padStart(12, '0')}`;
}

/** Who pays at the stand-in's cashier: the demo citizen's Alipay account, its phone masked as merchants see it. */
function standInBuyer(seed: SeedData): AlipayBuyer {
  const person = seed.demoCitizen();
  return { userId: alipayUserIdOf(person.idNumber), logonId: `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}` };
}

export const alipay = {
  id: 'alipay',
  title: '支付宝开放平台',
  protocol: 'http',
  env: alipayEnv,
  create({ seed, env, tokenSeed, signal, now = Date.now }) {
    const settings = alipayEnv.parse(env);
    const appId = settings.LEGACY_ALIPAY_APP_ID;
    const accounts = new AlipayAccounts(seed, new TokenSource(tokenSeed && `${tokenSeed}:alipay`), settings.LEGACY_ALIPAY_CODE_TTL_SECONDS);
    const alipayPrivateKeyPem = readDevKey('alipayPrivateKeyPath');
    // Alipay requires the body to be exactly `success`; anything else is re-sent on the schedule.
    const notifications = new PaymentNotifier({ acknowledged: ({ status, body }) => status === 200 && body.trim() === 'success', retryMs: settings.LEGACY_ALIPAY_NOTIFY_RETRY_MS, signal });
    // Trades draw from their own token stream, so the OAuth codes of a recording stay what they were.
    const tradeTokens = new TokenSource(tokenSeed && `${tokenSeed}:alipay-trade`);
    const sellerId = alipaySellerIdOf(appId);
    const desk = new PaymentDesk({ tokens: tradeTokens, notifications, signer: { appId, sellerId, alipayPrivateKeyPem, now }, buyer: standInBuyer(seed) });
    const bills = new BillLinks(tradeTokens, now);
    const publicUrl = (call: HttpCall) => (settings.LEGACY_ALIPAY_PUBLIC_URL ?? `http://${call.headers.host ?? '127.0.0.1'}`).replace(/\/+$/, '');
    const route = gatewayRoute({ appId, appPublicKeyPem: readDevKey('appPublicKeyPath'), alipayPrivateKeyPem, accounts, trades: { desk, bills, publicUrl, account: sellerId, now } });
    return {
      operations: ALIPAY_METHODS,
      routes: [route, ...cashierRoutes(desk, settings.LEGACY_ALIPAY_MERCHANT_NAME), bills.route()],
      internalError: (call: HttpCall, operation: string) =>
        call.path === '/gateway.do' ? systemBusy(operation, alipayPrivateKeyPem) : { status: 500, contentType: 'text/html; charset=utf-8', body: noticePage('系统繁忙', '请稍后再试') },
      reset: () => {
        accounts.clear();
        desk.book.clear();
        bills.clear();
        notifications.reset();
      },
      accounts,
      /** Every trade notification sent, with the admin modes and replays (POST /__legacy/payments/*). */
      notifications: notifications as PaymentNotifier,
      trades: desk.book,
      /** The buyer confirms at the cashier (POST /__legacy/alipay/pay). Throws a RangeError for an unknown, paid, closed or expired trade. */
      pay: (outTradeNo: string) => desk.pay(outTradeNo),
      /** The buyer opens the cashier and leaves without paying. Throws a RangeError for an unknown trade. */
      cancel: (outTradeNo: string) => desk.cancel(outTradeNo),
      /** The refund period ends: TRADE_FINISHED, notified, refunds refused (ACQ.TRADE_HAS_FINISHED). */
      finish: (outTradeNo: string) => desk.finish(outTradeNo),
    };
  },
} as const satisfies HttpSystemModule<'alipay'>;
