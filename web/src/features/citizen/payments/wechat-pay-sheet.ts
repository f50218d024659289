/**
 * WeChat's own pay sheet (JSAPI), opened through the bridge WeChat's browser injects into every page:
 * `WeixinJSBridge.invoke('getBrandWCPayRequest', params, callback)`. The bridge is WeChat's, not a
 * library: there is no maintained npm typing or wrapper for it worth adding (the official JS-SDK,
 * `jweixin`, needs a signed `wx.config` per page and only wraps this same call), so the little of it
 * we use is typed here.
 */

/** What the payment centre signed for one prepay id (`package` is `prepay_id=…`). */
export interface WechatPaySheetParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

interface WeixinJSBridge {
  invoke(name: 'getBrandWCPayRequest', params: WechatPaySheetParams, callback: (answer: { err_msg?: string }) => void): void;
}

declare global {
  interface Window {
    WeixinJSBridge?: WeixinJSBridge;
  }
}

/**
 * How the citizen left the sheet. `ok` only means WeChat says so: the order is paid when the payment
 * centre, told by WeChat Pay's signed notification, says it is (the result page asks it). WeChat's
 * `err_desc` of a failure is not for users (often English), so it is not kept.
 */
export type PaySheetOutcome = 'ok' | 'cancel' | 'fail';

/** Longer than WeChat takes to inject its bridge; past it the page is not in WeChat's browser after all. */
const BRIDGE_WAIT_MS = 10_000;

export class NoWechatBridge extends Error {
  constructor() {
    super('WeixinJSBridge did not appear');
  }
}

/** The bridge, once WeChat has injected it: it announces itself with `WeixinJSBridgeReady` on the document. */
function bridge(timeoutMs: number): Promise<WeixinJSBridge> {
  const present = window.WeixinJSBridge;
  if (present) return Promise.resolve(present);
  return new Promise((resolve, reject) => {
    const ready = () => {
      window.clearTimeout(timer);
      if (window.WeixinJSBridge) resolve(window.WeixinJSBridge);
      else reject(new NoWechatBridge());
    };
    const timer = window.setTimeout(() => {
      document.removeEventListener('WeixinJSBridgeReady', ready);
      reject(new NoWechatBridge());
    }, timeoutMs);
    document.addEventListener('WeixinJSBridgeReady', ready, { once: true });
  });
}

/** Opens the pay sheet with exactly the six signed values (nothing else may ride along) and waits for the citizen. */
export async function openWechatPaySheet(params: WechatPaySheetParams, timeoutMs = BRIDGE_WAIT_MS): Promise<PaySheetOutcome> {
  const weixin = await bridge(timeoutMs);
  const { appId, timeStamp, nonceStr, package: prepay, signType, paySign } = params;
  return new Promise((resolve) => {
    weixin.invoke('getBrandWCPayRequest', { appId, timeStamp, nonceStr, package: prepay, signType, paySign }, (answer) => {
      const message = answer?.err_msg ?? '';
      if (message === 'get_brand_wcpay_request:ok') resolve('ok');
      else if (message === 'get_brand_wcpay_request:cancel') resolve('cancel');
      else resolve('fail');
    });
  });
}
