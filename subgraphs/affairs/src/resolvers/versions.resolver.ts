import { requireUuid } from '@jingtong/kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireConfigurer } from '../access.js';
import type { AffairsContext } from '../context.js';
import { findVersion } from '../db/repositories/business-versions.repository.js';
import { affairsQueryError, toUserError } from '../errors.js';
import { BusinessVersion } from '../schema/business-version.type.js';
import { DraftProblem } from '../schema/draft-problem.type.js';
import { PublishBusinessPayload } from '../schema/draft.payloads.js';
import { publishBusiness } from '../versions/publish-business.js';

@Resolver()
export class VersionsResolver {
  @Mutation(() => PublishBusinessPayload, { description: 'SYSTEM_ADMIN / LEADER: publish the draft as the next immutable version; refused with every problem listed (DRAFT_HAS_PROBLEMS); the same content again makes none (audited)' })
  async publishBusiness(@Arg('id', () => ID) id: string, @Ctx() ctx: AffairsContext): Promise<PublishBusinessPayload> {
    const officer = requireConfigurer(ctx.caller);
    const result = await publishBusiness(ctx.deps, officer, requireUuid(id, 'id'), ctx.requestId);
    if (!result.ok) {
      const error = toUserError({ code: 'DRAFT_HAS_PROBLEMS', message: `业务配置存在 ${result.problems.length} 个问题，不能发布`, field: 'id' });
      return { created: false, problems: result.problems.map(DraftProblem.from), error };
    }
    return { version: BusinessVersion.from(result.version), created: result.created };
  }

  @Query(() => BusinessVersion, { description: 'SYSTEM_ADMIN / LEADER: one published version of a business, as it was published (BUSINESS_VERSION_NOT_FOUND)' })
  async businessVersion(@Arg('businessId', () => ID) businessId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AffairsContext): Promise<BusinessVersion> {
    requireConfigurer(ctx.caller);
    const row = await findVersion(ctx.deps.database.db, requireUuid(businessId, 'businessId'), version);
    if (!row) throw affairsQueryError('BUSINESS_VERSION_NOT_FOUND', 'version');
    return BusinessVersion.from(row);
  }
}
