import { Assurance, requireCitizen } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { TrafficContext } from '../context.js';
import { toUserError } from '../errors.js';
import { requestFinePayment } from '../fines/request-fine-payment.js';
import { FinePayment, PayViolationFineInput, PayViolationFinePayload } from '../schema/fine-payment.payload.js';
import { PaymentOrderRef } from '../schema/payment-order.reference.js';

@Resolver()
export class FinePaymentResolver {
  @Assurance(1)
  @Mutation(() => PayViolationFinePayload, { description: 'Citizens: the payment order for a processed violation’s fine (罚款 + 加处罚款 as of today) of a bound vehicle; the same order all day' })
  async payViolationFine(@Arg('input', () => PayViolationFineInput) input: PayViolationFineInput, @Ctx() ctx: TrafficContext): Promise<PayViolationFinePayload> {
    const citizenId = requireCitizen(ctx.caller);
    const result = await requestFinePayment(ctx.deps, citizenId, input.plate, input.violationId, ctx.requestId);
    if (!result.ok) return { error: toUserError({ code: result.code, field: result.field }) };
    const { order } = result;
    return { payment: Object.assign(new FinePayment(), { ...order, order: Object.assign(new PaymentOrderRef(), { id: order.orderId }) }) };
  }
}
