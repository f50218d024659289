import type { PaymentChannel } from '@/gql/graphql';

/**
 * The app whose in-app browser shows the page, from its user agent (Alipay
 * adds `AlipayClient`, WeChat `MicroMessenger`); null in any other browser.
 * Inside one app the other's cashier does not open, so it is the one to offer first.
 */
export function inAppChannel(userAgent: string): PaymentChannel | null {
  if (/AlipayClient/i.test(userAgent)) return 'ALIPAY';
  if (/MicroMessenger/i.test(userAgent)) return 'WECHAT';
  return null;
}
