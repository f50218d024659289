import { requirePageSize, requireText, requireUuid } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireConfigurer } from '../access.js';
import { createBusiness } from '../businesses/create-business.js';
import { setBusinessOpen } from '../businesses/set-business-open.js';
import { updateBusiness } from '../businesses/update-business.js';
import type { AffairsContext } from '../context.js';
import { findBusiness, searchBusinesses } from '../db/repositories/businesses.repository.js';
import { affairsQueryError } from '../errors.js';
import { BusinessFilter, BusinessInput } from '../schema/business.input.js';
import { BusinessPayload } from '../schema/business.payloads.js';
import { Business } from '../schema/business.type.js';
import { toBusiness, toBusinesses } from './business-objects.js';

@Resolver()
export class BusinessesResolver {
  @Query(() => [Business], { description: 'SYSTEM_ADMIN / LEADER: businesses by number, narrowed by the filter' })
  async businesses(@Arg('filter', () => BusinessFilter, { nullable: true }) filter: BusinessFilter | null | undefined, @Ctx() ctx: AffairsContext): Promise<Business[]> {
    requireConfigurer(ctx.caller);
    const rows = await searchBusinesses(ctx.deps.database.db, {
      classId: filter?.classId ? requireUuid(filter.classId, 'filter.classId') : undefined,
      search: requireText(filter?.search ?? '', 'filter.search', { min: 0, max: 30 }, '搜索内容最长 30 个字'),
      type: filter?.type ?? undefined,
      status: filter?.status ?? undefined,
      channel: filter?.channel ?? undefined,
      first: requirePageSize(filter?.first ?? 100, 500, 'filter.first'),
    });
    return toBusinesses(ctx.deps.database.db, rows);
  }

  @Query(() => Business, { description: 'SYSTEM_ADMIN / LEADER: one business with its draft and versions (BUSINESS_NOT_FOUND)' })
  async business(@Arg('id', () => ID) id: string, @Ctx() ctx: AffairsContext): Promise<Business> {
    requireConfigurer(ctx.caller);
    const row = await findBusiness(ctx.deps.database.db, requireUuid(id, 'id'));
    if (!row) throw affairsQueryError('BUSINESS_NOT_FOUND', 'id');
    return toBusiness(ctx.deps.database.db, row);
  }

  @Mutation(() => BusinessPayload, { description: 'SYSTEM_ADMIN / LEADER: 业务配置登记 — closed, with an empty draft, until published and opened (audited)' })
  async createBusiness(@Arg('input', () => BusinessInput) input: BusinessInput, @Ctx() ctx: AffairsContext): Promise<BusinessPayload> {
    const officer = requireConfigurer(ctx.caller);
    return { business: await toBusiness(ctx.deps.database.db, await createBusiness(ctx.deps, officer, input, ctx.requestId)) };
  }

  @Mutation(() => BusinessPayload, { description: 'SYSTEM_ADMIN / LEADER: 业务配置修改 — the basic attributes, sent whole (audited with what changed)' })
  async updateBusiness(@Arg('id', () => ID) id: string, @Arg('input', () => BusinessInput) input: BusinessInput, @Ctx() ctx: AffairsContext): Promise<BusinessPayload> {
    const officer = requireConfigurer(ctx.caller);
    return { business: await toBusiness(ctx.deps.database.db, await updateBusiness(ctx.deps, officer, requireUuid(id, 'id'), input, ctx.requestId)) };
  }

  @Mutation(() => BusinessPayload, { description: 'SYSTEM_ADMIN / LEADER: 开通 / 关闭 a business; only a published one opens (BUSINESS_NOT_PUBLISHED; audited)' })
  async setBusinessOpen(@Arg('id', () => ID) id: string, @Arg('open', () => Boolean) open: boolean, @Ctx() ctx: AffairsContext): Promise<BusinessPayload> {
    const officer = requireConfigurer(ctx.caller);
    return { business: await toBusiness(ctx.deps.database.db, await setBusinessOpen(ctx.deps, officer, requireUuid(id, 'id'), open, ctx.requestId)) };
  }
}
