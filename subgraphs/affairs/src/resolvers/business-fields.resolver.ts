import { Ctx, FieldResolver, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { AffairsContext } from '../context.js';
import { contentOf, findDraft } from '../db/repositories/business-drafts.repository.js';
import { latestVersion, versionsOf } from '../db/repositories/business-versions.repository.js';
import { draftProblems } from '../drafts/draft-problems.js';
import { BusinessDraft } from '../schema/business-draft.type.js';
import { BusinessVersion } from '../schema/business-version.type.js';
import { Business } from '../schema/business.type.js';
import { versionContent } from '../versions/version-content.js';

@Resolver(() => Business)
export class BusinessFieldsResolver {
  @FieldResolver(() => BusinessDraft, { description: 'What is being edited, with its problems checked now' })
  async draft(@Root() business: Business, @Ctx() ctx: AffairsContext): Promise<BusinessDraft> {
    const row = await findDraft(ctx.deps.database.db, business.id);
    if (!row) throw new Error(`business ${business.id} has no draft`);
    return BusinessDraft.from(row, draftProblems(contentOf(row), business));
  }

  @FieldResolver(() => [BusinessVersion], { description: 'Every published version, newest first' })
  async versions(@Root() business: Business, @Ctx() ctx: AffairsContext): Promise<BusinessVersion[]> {
    return (await versionsOf(ctx.deps.database.db, business.id)).map(BusinessVersion.from);
  }

  @FieldResolver(() => BusinessVersion, { nullable: true, description: 'The latest published version: what new applications start on (null before the first publication)' })
  async currentVersion(@Root() business: Business, @Ctx() ctx: AffairsContext): Promise<BusinessVersion | null> {
    const row = await latestVersion(ctx.deps.database.db, business.id);
    return row ? BusinessVersion.from(row) : null;
  }
}

@Resolver(() => BusinessDraft)
export class BusinessDraftFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether publishing now would make a new version (true before the first one)' })
  async unpublishedChanges(@Root() draft: BusinessDraft, @Ctx() ctx: AffairsContext): Promise<boolean> {
    const current = await latestVersion(ctx.deps.database.db, draft.businessId);
    return !current || versionContent(draft.content)?.digest !== current.digest;
  }
}
