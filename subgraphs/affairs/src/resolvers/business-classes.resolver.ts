import { requireText, requireUuid } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireConfigurer } from '../access.js';
import { cancelClass } from '../classes/cancel-class.js';
import { registerClass } from '../classes/register-class.js';
import { updateClass } from '../classes/update-class.js';
import type { AffairsContext } from '../context.js';
import { searchClasses } from '../db/repositories/business-classes.repository.js';
import { BusinessClassPayload, CancelBusinessClassPayload, RegisterBusinessClassInput, UpdateBusinessClassInput } from '../schema/business-class.payloads.js';
import { BusinessClass } from '../schema/business-class.type.js';

@Resolver()
export class BusinessClassesResolver {
  @Query(() => [BusinessClass], { description: 'SYSTEM_ADMIN / LEADER: business classes by code (at most 100); `search` matches the start of the code or any part of the name' })
  async businessClasses(
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('includeCancelled', () => Boolean, { defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: AffairsContext,
  ): Promise<BusinessClass[]> {
    requireConfigurer(ctx.caller);
    const text = requireText(search ?? '', 'search', { min: 0, max: 30 }, '搜索内容最长 30 个字');
    return (await searchClasses(ctx.deps.database.db, { search: text, includeCancelled })).map(BusinessClass.from);
  }

  @Mutation(() => BusinessClassPayload, { description: 'SYSTEM_ADMIN / LEADER: 业务类登记 — code 01–99 and name unique (audited)' })
  async registerBusinessClass(@Arg('input', () => RegisterBusinessClassInput) input: RegisterBusinessClassInput, @Ctx() ctx: AffairsContext): Promise<BusinessClassPayload> {
    const officer = requireConfigurer(ctx.caller);
    return { businessClass: BusinessClass.from(await registerClass(ctx.deps, officer, input, ctx.requestId)) };
  }

  @Mutation(() => BusinessClassPayload, { description: 'SYSTEM_ADMIN / LEADER: 业务类变更 — rename (still unique) or change the introduction; its businesses keep it (audited)' })
  async updateBusinessClass(@Arg('input', () => UpdateBusinessClassInput) input: UpdateBusinessClassInput, @Ctx() ctx: AffairsContext): Promise<BusinessClassPayload> {
    const officer = requireConfigurer(ctx.caller);
    const change = { ...input, id: requireUuid(input.id, 'id') };
    return { businessClass: BusinessClass.from(await updateClass(ctx.deps, officer, change, ctx.requestId)) };
  }

  @Mutation(() => CancelBusinessClassPayload, { description: 'SYSTEM_ADMIN / LEADER: 业务类取消 — the class and every business of it are cancelled together (audited)' })
  async cancelBusinessClass(@Arg('id', () => ID) id: string, @Ctx() ctx: AffairsContext): Promise<CancelBusinessClassPayload> {
    const officer = requireConfigurer(ctx.caller);
    const { row, businesses } = await cancelClass(ctx.deps, officer, requireUuid(id, 'id'), ctx.requestId);
    return { businessClass: BusinessClass.from(row), cancelledBusinesses: businesses.length };
  }
}
