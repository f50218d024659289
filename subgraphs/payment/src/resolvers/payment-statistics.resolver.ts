import { BUSINESS_ROLES, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import { paymentStatistics } from '../db/repositories/payment-statistics.repository.js';
import { PaymentStatisticsGroupByEnum, PaymentStatisticsRow } from '../schema/payment-statistics.type.js';
import { labelOf } from '../statistics/statistics-labels.js';
import { addDays, beijingDayStart } from '../time/beijing-day.js';
import { requireDateRange } from './date-arguments.js';

@Resolver()
export class PaymentStatisticsResolver {
  @Query(() => [PaymentStatisticsRow], { description: 'Business officers: money paid and refunded per channel, business kind, county, revenue item or day, over Beijing days (at most 366)' })
  async paymentStatistics(
    @Arg('from', () => String, { description: 'Beijing date, YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'Beijing date, YYYY-MM-DD (included)' }) to: string,
    @Arg('groupBy', () => PaymentStatisticsGroupByEnum) groupBy: PaymentStatisticsGroupByEnum,
    @Ctx() ctx: PaymentContext,
  ): Promise<PaymentStatisticsRow[]> {
    requireOfficer(ctx.caller, ...BUSINESS_ROLES);
    const range = requireDateRange(from, to);
    const rows = await paymentStatistics(ctx.deps.database.db, groupBy, { start: beijingDayStart(range.from), end: beijingDayStart(addDays(range.to, 1)) });
    return rows.map((row) =>
      Object.assign(new PaymentStatisticsRow(), { key: row.key, label: labelOf(groupBy, row), orders: row.orders, paidFen: row.paidFen, refundedFen: row.refundedFen, netFen: row.paidFen - row.refundedFen }),
    );
  }
}
