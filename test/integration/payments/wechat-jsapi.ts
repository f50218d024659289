import { createPrivateKey, createPublicKey, createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WECHAT_DEV_APP, WECHATPAY_DEV_KEYS } from '@jingtong/legacy';
import { type PaymentDesk, START } from './payment-desk.js';

const START_JSAPI = `mutation($i: StartPaymentInput!) { startPayment(input: $i) { pay { url qrCode expiresAt jsapi { appId timeStamp nonceStr package signType paySign } } error { code message field } } }`;

/** Inside WeChat a payer pays through WeChat's own pay sheet (JSAPI), for the openid the page's 网页授权 gave. */
export function wechatJsapi(desk: () => PaymentDesk) {
  it('pays inside WeChat by JSAPI: the page’s authorisation code, the pay sheet signed by the merchant, paid by that openid', async () => {
    const d = desk();
    const { stack } = d;
    const { token, orderId } = await d.citizenWithOrder(10, 7_700);
    // First opened outside WeChat (H5), then inside: the H5 trade is closed, a JSAPI trade opened.
    expect((await stack.graphql(START, { i: { orderId, channel: 'WECHAT' } }, token)).body.data.startPayment.error).toBeNull();
    const h5No = await d.outTradeNoOf(orderId, 'WECHAT');
    const { code, openid } = stack.legacy.wechat.authorize('wx-user-jsapi');
    const started = (await stack.graphql(START_JSAPI, { i: { orderId, channel: 'WECHAT', wechatCode: code } }, token)).body.data.startPayment;
    expect(started.error).toBeNull();
    expect(started.pay).toMatchObject({ url: null, qrCode: null, jsapi: { appId: WECHAT_DEV_APP.appId, signType: 'RSA', package: expect.stringMatching(/^prepay_id=wx\w+$/) } });
    const { appId, timeStamp, nonceStr, package: pkg, paySign } = started.pay.jsapi;
    // WeChat checks paySign with the merchant's public key, over the four values a line each.
    const merchantPublicKey = createPublicKey(createPrivateKey(readFileSync(WECHATPAY_DEV_KEYS.merchantPrivateKeyPath, 'utf8')));
    expect(createVerify('RSA-SHA256').update(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`).verify(merchantPublicKey, paySign, 'base64')).toBe(true);

    const attempts = await d.db().selectFrom('payment_attempts').select(['out_trade_no', 'mode', 'state']).where('order_id', '=', orderId).orderBy('created_at').execute();
    expect(attempts.map((a) => [a.mode, a.state])).toEqual([['H5', 'CLOSED'], ['JSAPI', 'OPEN']]);
    expect(attempts[0]!.out_trade_no).toBe(h5No);
    expect(stack.legacy.payments.pay('wechat', attempts[1]!.out_trade_no)).toMatchObject({ openid });
    await stack.legacy.payments.settled();
    expect(await d.status(orderId, token)).toBe('PAID');

    // A code is good once, and only for WeChat Pay.
    const other = await d.citizenWithOrder(11, 1_100);
    const again = (await stack.graphql(START_JSAPI, { i: { orderId: other.orderId, channel: 'WECHAT', wechatCode: code } }, other.token)).body.data.startPayment;
    expect(again.error).toMatchObject({ code: 'WECHAT_AUTH_FAILED', field: 'wechatCode', message: expect.stringContaining('微信授权') });
    const fresh = stack.legacy.wechat.authorize('wx-user-jsapi-2').code;
    expect((await stack.graphql(START_JSAPI, { i: { orderId: other.orderId, channel: 'ALIPAY', wechatCode: fresh } }, other.token)).body.data.startPayment.error.code).toBe('WECHAT_AUTH_FAILED');
    expect((await stack.graphql(START_JSAPI, { i: { orderId: other.orderId, channel: 'WECHAT', wechatCode: 'bad code!' } }, other.token)).body.data.startPayment.error).toMatchObject({ code: 'WECHAT_AUTH_FAILED', field: 'wechatCode' });
    expect(await d.db().selectFrom('payment_attempts').select('out_trade_no').where('order_id', '=', other.orderId).execute()).toEqual([]);
  });
}
