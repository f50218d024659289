import { Assurance, requireCitizen } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import { toUserError } from '../errors.js';
import { startPayment } from '../orders/start-payment.js';
import { PaymentCashier, StartPaymentInput, StartPaymentPayload, WechatJsapiPay } from '../schema/start-payment.payload.js';

@Resolver()
export class StartPaymentResolver {
  @Assurance(1)
  @Mutation(() => StartPaymentPayload, { description: 'Citizens: pay one of their orders through Alipay or WeChat Pay; asking again gives the same trade' })
  async startPayment(@Arg('input', () => StartPaymentInput) input: StartPaymentInput, @Ctx() ctx: PaymentContext): Promise<StartPaymentPayload> {
    const citizenId = requireCitizen(ctx.caller);
    const wechatCode = input.wechatCode?.trim();
    if (wechatCode !== undefined && !/^[A-Za-z0-9_-]{1,128}$/.test(wechatCode)) return { error: toUserError({ code: 'WECHAT_AUTH_FAILED', field: 'wechatCode' }) };
    const result = await startPayment(ctx.deps, { citizenId, address: ctx.caller.address, wechatCode }, input.orderId, input.channel, ctx.requestId);
    if (!result.ok) return { error: toUserError({ code: result.code, field: result.code === 'ORDER_NOT_FOUND' ? 'orderId' : result.code === 'WECHAT_AUTH_FAILED' ? 'wechatCode' : undefined }) };
    const { jsapi, ...rest } = result.pay;
    return { pay: Object.assign(new PaymentCashier(), rest, { jsapi: jsapi ? Object.assign(new WechatJsapiPay(), jsapi) : null }) };
  }
}
