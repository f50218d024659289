import { BUSINESS_ROLES, OfficerRole, requireOfficer, requirePageSize, requireText, requireUuid } from '@jingtong/kit';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { PaymentContext } from '../context.js';
import { findDifference, runsBetween, searchDifferences } from '../db/repositories/reconciliation.repository.js';
import { toUserError } from '../errors.js';
import { requestReconciliation } from '../reconciliation/request-reconciliation.js';
import { resolveDifference } from '../reconciliation/resolve-difference.js';
import { PaymentChannelEnum } from '../schema/enums.js';
import { ReconciliationDifferenceFilter, ResolveReconciliationDifferenceInput, ResolveReconciliationDifferencePayload, RunReconciliationPayload } from '../schema/reconciliation.payloads.js';
import { ReconciliationDifference, ReconciliationRun } from '../schema/reconciliation.type.js';
import { requireDate, requireDateRange } from './date-arguments.js';

/** Who settles a difference: a reviewer or a leader, as for refunds. */
const RESOLVERS = [OfficerRole.REVIEWER, OfficerRole.LEADER];
@Resolver()
export class ReconciliationResolver {
  @Query(() => [ReconciliationRun], { description: 'Business officers: the reconciled days (newest first) with their counts and open differences' })
  async reconciliationRuns(
    @Arg('from', () => String, { description: 'Beijing date, YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: 'Beijing date, YYYY-MM-DD (included)' }) to: string,
    @Arg('channel', () => PaymentChannelEnum, { nullable: true }) channel: PaymentChannelEnum | undefined,
    @Ctx() ctx: PaymentContext,
  ): Promise<ReconciliationRun[]> {
    requireOfficer(ctx.caller, ...BUSINESS_ROLES);
    const rows = await runsBetween(ctx.deps.database.db, { ...requireDateRange(from, to), channel });
    return rows.map((row) => ReconciliationRun.from(row));
  }

  @Query(() => [ReconciliationDifference], { description: 'Business officers: differences between the channels’ bills and the ledger, newest day first' })
  async reconciliationDifferences(
    @Arg('filter', () => ReconciliationDifferenceFilter, { nullable: true }) filter: ReconciliationDifferenceFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 200 }) first: number,
    @Ctx() ctx: PaymentContext,
  ): Promise<ReconciliationDifference[]> {
    requireOfficer(ctx.caller, ...BUSINESS_ROLES);
    const date = filter?.date === undefined || filter.date === null ? undefined : requireDate(filter.date, 'date');
    const rows = await searchDifferences(ctx.deps.database.db, { date, channel: filter?.channel ?? undefined, resolved: filter?.resolved ?? undefined, limit: requirePageSize(first, 500) });
    return rows.map((row) => ReconciliationDifference.from(row));
  }

  @Mutation(() => ResolveReconciliationDifferencePayload, { description: 'REVIEWER / LEADER: say how a difference was settled, with a note (audited; once)' })
  async resolveReconciliationDifference(@Arg('input', () => ResolveReconciliationDifferenceInput) input: ResolveReconciliationDifferenceInput, @Ctx() ctx: PaymentContext): Promise<ResolveReconciliationDifferencePayload> {
    const officer = requireOfficer(ctx.caller, ...RESOLVERS);
    const id = requireUuid(input.id, 'id');
    const note = requireText(input.note, 'note', { max: 500 });
    const result = await resolveDifference(ctx.deps, officer, { id, resolution: input.resolution, note }, ctx.requestId);
    if (!result.ok) return { error: toUserError({ code: result.code, field: result.field }) };
    const row = await findDifference(ctx.deps.database.db, id);
    return { difference: row ? ReconciliationDifference.from(row) : undefined };
  }

  @Mutation(() => RunReconciliationPayload, { description: 'LEADER: reconcile every channel’s bill of a Beijing day now (today’s bill so far, or a day again), as the daily job does' })
  async runReconciliation(@Arg('date', () => String, { description: 'YYYY-MM-DD, today or before' }) date: string, @Ctx() ctx: PaymentContext): Promise<RunReconciliationPayload> {
    const officer = requireOfficer(ctx.caller, OfficerRole.LEADER);
    const result = await requestReconciliation(ctx.deps, officer, requireDate(date, 'date'), ctx.requestId);
    if (!result.ok) return { queued: false, error: toUserError({ code: result.code, field: result.field }) };
    return { queued: true, date };
  }
}
