import { OfficerRole, requireOfficer, requireText, requireUuid, type Selectable } from '@jingtong/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import type { PaymentRefundTable } from '../db/tables/payment-refund.table.js';
import { toUserError } from '../errors.js';
import { requestRefund } from '../refunds/request-refund.js';
import { PaymentOrder } from '../schema/payment-order.type.js';
import type { PaymentChannelEnum } from '../schema/enums.js';
import { PaymentRefund, type RefundKindEnum, RefundPaymentInput, RefundPaymentPayload, type RefundStateEnum } from '../schema/refund.payload.js';

/** Who may refund: a reviewer or a leader (a window officer asks one of them). */
const REFUNDERS = [OfficerRole.REVIEWER, OfficerRole.LEADER];

type RefundRow = Selectable<PaymentRefundTable>;
/** The refunding officer is shown to officers only (a citizen sees that and why, not who). */
const toRefund = (row: RefundRow, order: { channel?: string | null }, showOfficer: boolean) =>
  Object.assign(new PaymentRefund(), {
    id: row.id,
    kind: row.kind as RefundKindEnum,
    channel: (row.channel ?? order.channel) as PaymentChannelEnum,
    amountFen: row.amount_fen,
    reason: row.reason,
    state: row.state as RefundStateEnum,
    failure: row.failure,
    officerId: showOfficer ? row.officer_id : null,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  });

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
    const order = await ctx.deps.database.db.selectFrom('payment_orders').select('channel').where('id', '=', row.order_id).executeTakeFirstOrThrow();
    return { refund: toRefund(row, order, true) };
  }

  @FieldResolver(() => [PaymentRefund], { description: 'Refunds asked for this order, oldest first' })
  async refunds(@Root() order: PaymentOrder, @Ctx() ctx: PaymentContext): Promise<PaymentRefund[]> {
    const rows = await ctx.deps.database.db.selectFrom('payment_refunds').selectAll().where('order_id', '=', order.id).orderBy('created_at').execute();
    return rows.map((row) => toRefund(row, order, ctx.caller.kind === 'officer'));
  }

  @FieldResolver(() => Int, { description: 'Refunded so far of what the order was paid, in fen (a duplicate payment’s refund is not counted: that money was never the order’s)' })
  refundedFen(@Root() order: PaymentOrder): number {
    return order.refundedFenValue;
  }
}
