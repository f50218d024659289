import { Assurance, requireCitizen } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import { toUserError } from '../errors.js';
import { startPayment } from '../orders/start-payment.js';
import { PaymentCashier, StartPaymentInput, StartPaymentPayload } from '../schema/start-payment.payload.js';

@Resolver()
export class StartPaymentResolver {
  @Assurance(1)
  @Mutation(() => StartPaymentPayload, { description: 'Citizens: pay one of their orders through Alipay or WeChat Pay; asking again gives the same trade' })
  async startPayment(@Arg('input', () => StartPaymentInput) input: StartPaymentInput, @Ctx() ctx: PaymentContext): Promise<StartPaymentPayload> {
    const citizenId = requireCitizen(ctx.caller);
    const result = await startPayment(ctx.deps, { citizenId, address: ctx.caller.address }, input.orderId, input.channel, ctx.requestId);
    if (!result.ok) return { error: toUserError({ code: result.code, field: result.code === 'ORDER_NOT_FOUND' ? 'orderId' : undefined }) };
    return { pay: Object.assign(new PaymentCashier(), result.pay) };
  }
}
