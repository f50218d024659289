import { OfficerRole, requireOfficer, requireText, requireUuid } from '@jingtong/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import { toUserError } from '../errors.js';
import { requestRefund } from '../refunds/request-refund.js';
import { PaymentOrder } from '../schema/payment-order.type.js';
import { PaymentRefund, RefundPaymentInput, RefundPaymentPayload, type RefundStateEnum } from '../schema/refund.payload.js';

/** Who may refund: a reviewer or a leader (a window officer asks one of them). */
const REFUNDERS = [OfficerRole.REVIEWER, OfficerRole.LEADER];

type RefundRow = { id: string; amount_fen: number; reason: string; state: string; failure: string | null; officer_id: string; created_at: Date; completed_at: Date | null };
/** The refunding officer is shown to officers only (a citizen sees that and why, not who). */
const toRefund = (row: RefundRow, showOfficer: boolean) =>
  Object.assign(new PaymentRefund(), { id: row.id, amountFen: row.amount_fen, reason: row.reason, state: row.state as RefundStateEnum, failure: row.failure, officerId: showOfficer ? row.officer_id : null, createdAt: row.created_at, completedAt: row.completed_at });

@Resolver(() => PaymentOrder)
export class RefundResolver {
  @Mutation(() => RefundPaymentPayload, { description: 'REVIEWER / LEADER: refund part or all of a paid order, with a reason (audited); the channel confirms it' })
  async refundPayment(@Arg('input', () => RefundPaymentInput) input: RefundPaymentInput, @Ctx() ctx: PaymentContext): Promise<RefundPaymentPayload> {
    const officer = requireOfficer(ctx.caller, ...REFUNDERS);
    const orderId = requireUuid(input.orderId, 'orderId');
    const idempotencyKey = requireUuid(input.idempotencyKey, 'idempotencyKey');
    const reason = requireText(input.reason, 'reason', { max: 200 });
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) return { error: toUserError({ code: 'REFUND_EXCEEDS_PAID', message: '退款金额须为正整数（分）', field: 'amountFen' }) };
    const result = await requestRefund(ctx.deps, officer, { orderId, amountFen: input.amountFen, reason, idempotencyKey }, ctx.requestId);
    if (!result.ok) return { error: toUserError({ code: result.code, field: result.field }) };
    const row = await ctx.deps.database.db.selectFrom('payment_refunds').selectAll().where('id', '=', result.refundId).executeTakeFirstOrThrow();
    return { refund: toRefund(row, true) };
  }

  @FieldResolver(() => [PaymentRefund], { description: 'Refunds asked for this order, oldest first' })
  async refunds(@Root() order: PaymentOrder, @Ctx() ctx: PaymentContext): Promise<PaymentRefund[]> {
    const rows = await ctx.deps.database.db.selectFrom('payment_refunds').selectAll().where('order_id', '=', order.id).orderBy('created_at').execute();
    return rows.map((row) => toRefund(row, ctx.caller.kind === 'officer'));
  }

  @FieldResolver(() => Int, { description: 'Refunded so far, in fen' })
  refundedFen(@Root() order: PaymentOrder): number {
    return order.refundedFenValue;
  }
}
