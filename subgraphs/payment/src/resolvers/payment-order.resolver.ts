import { AppError, Assurance, BUSINESS_ROLES, requireCitizen, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, ID, Int, Query, Resolver } from '@jingtong/kit/type-graphql';
import { searchOrders } from '../db/repositories/order-search.repository.js';
import { PaymentOrderFilter, PaymentOrderPage } from '../schema/payment-order-filter.input.js';
import { mayReadOrder } from '../access.js';
import type { PaymentContext } from '../context.js';
import { findOrder, ordersOfCitizen } from '../db/repositories/orders.repository.js';
import { PaymentOrder } from '../schema/payment-order.type.js';

@Resolver(() => PaymentOrder)
export class PaymentOrderResolver {
  @Assurance(1)
  @Query(() => PaymentOrder, { nullable: true, description: 'One order: the citizen’s own, or any for business officers; null when there is none to see' })
  async paymentOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentContext): Promise<PaymentOrder | null> {
    return loadOrder(ctx, id);
  }

  @Query(() => PaymentOrderPage, { description: 'Business officers: orders of every channel, newest first' })
  async paymentOrders(
    @Arg('filter', () => PaymentOrderFilter, { nullable: true }) filter: PaymentOrderFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Ctx() ctx: PaymentContext,
  ): Promise<PaymentOrderPage> {
    requireOfficer(ctx.caller, ...BUSINESS_ROLES);
    if (!Number.isInteger(first) || first < 1 || first > 200) throw new AppError('BAD_USER_INPUT', { message: 'first 须为 1 到 200 之间的整数' });
    const rows = await searchOrders(ctx.deps.database.db, { ...filter, before: after ? decodeCursor(after) : undefined, limit: first });
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return Object.assign(new PaymentOrderPage(), {
      nodes: page.map((row) => PaymentOrder.from(row, ctx.deps.cipher)),
      endCursor: last ? Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url') : null,
      hasNextPage: rows.length > first,
    });
  }

  @Assurance(1)
  @Query(() => [PaymentOrder], { description: 'The signed-in citizen’s orders, newest first (at most 50)' })
  async myPaymentOrders(@Ctx() ctx: PaymentContext): Promise<PaymentOrder[]> {
    const citizenId = requireCitizen(ctx.caller);
    return (await ordersOfCitizen(ctx.deps.database.db, citizenId)).map((row) => PaymentOrder.from(row, ctx.deps.cipher));
  }
}

/** Also the entity look-up (`PaymentOrder` by id from another subgraph), under the same rule. */
export async function loadOrder(ctx: PaymentContext, id: string): Promise<PaymentOrder | null> {
  // Not a UUID: no such order (and no database error for a malformed id).
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    mayReadOrder(ctx.caller, '');
    return null;
  }
  const row = await findOrder(ctx.deps.database.db, id.toLowerCase());
  if (!mayReadOrder(ctx.caller, row?.citizen_id ?? '') || !row) return null;
  return PaymentOrder.from(row, ctx.deps.cipher);
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw new AppError('BAD_USER_INPUT', { message: '分页游标无效' });
  }
}
