import { requireUuid } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireConfigurer } from '../access.js';
import type { AffairsContext } from '../context.js';
import { contentOf, findDraft } from '../db/repositories/business-drafts.repository.js';
import { findBusiness } from '../db/repositories/businesses.repository.js';
import { flowFieldsOf, flowProblems } from '../drafts/draft-problems.js';
import { saveDraft } from '../drafts/save-draft.js';
import { affairsQueryError } from '../errors.js';
import { flowDiagram, readFlow } from '../flows/index.js';
import { BusinessDraft } from '../schema/business-draft.type.js';
import { DraftProblem } from '../schema/draft-problem.type.js';
import { SaveBusinessDraftInput } from '../schema/draft.input.js';
import { SaveBusinessDraftPayload } from '../schema/draft.payloads.js';
import { FlowPreview } from '../schema/flow-preview.type.js';

@Resolver()
export class DraftsResolver {
  @Mutation(() => SaveBusinessDraftPayload, { description: 'SYSTEM_ADMIN / LEADER: the form attributes, materials and flow of a business, saved as a whole; problems are listed on the draft, not refused (audited)' })
  async saveBusinessDraft(@Arg('input', () => SaveBusinessDraftInput) input: SaveBusinessDraftInput, @Ctx() ctx: AffairsContext): Promise<SaveBusinessDraftPayload> {
    const officer = requireConfigurer(ctx.caller);
    const saved = await saveDraft(ctx.deps, officer, { ...input, businessId: requireUuid(input.businessId, 'businessId') }, ctx.requestId);
    return { draft: BusinessDraft.from(saved.draft, saved.problems) };
  }

  @Query(() => FlowPreview, { description: 'SYSTEM_ADMIN / LEADER: the draft’s flow as a diagram (nodes, labelled edges) with its problems, before publishing (BUSINESS_NOT_FOUND)' })
  async flowPreview(@Arg('businessId', () => ID) businessId: string, @Ctx() ctx: AffairsContext): Promise<FlowPreview> {
    requireConfigurer(ctx.caller);
    const { db } = ctx.deps.database;
    const business = await findBusiness(db, requireUuid(businessId, 'businessId'));
    const draft = business && (await findDraft(db, business.id));
    if (!business || !draft) throw affairsQueryError('BUSINESS_NOT_FOUND', 'businessId');
    const content = contentOf(draft);
    const problems = flowProblems(content, { needsMaterials: business.needs_materials, needsApproval: business.needs_approval }).map(DraftProblem.from);
    const read = content.flow === null ? null : readFlow(content.flow);
    const diagram = read?.ok ? flowDiagram(read.flow, { fields: flowFieldsOf(content.fields) }) : { nodes: [], edges: [] };
    return FlowPreview.from(diagram, problems);
  }
}
