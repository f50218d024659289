import type { SignedInOfficer } from '@jingtong/kit';
import { type BusinessDraftRow, contentOf, replaceDraft } from '../db/repositories/business-drafts.repository.js';
import { type BusinessRow, lockBusiness } from '../db/repositories/businesses.repository.js';
import type { AffairsDeps } from '../deps.js';
import { refuse } from '../errors.js';
import type { DraftProblem } from './draft-problem.js';
import { draftProblems } from './draft-problems.js';
import { type FormFieldInputValues, type MaterialInputValues, normalizeDraft, tooLarge } from './normalize-draft.js';

export interface DraftInput {
  businessId: string;
  fields: readonly FormFieldInputValues[];
  materials: readonly MaterialInputValues[];
  flow?: unknown;
}

export interface SavedDraft {
  business: BusinessRow;
  draft: BusinessDraftRow;
  /** Everything that keeps it from being published; the draft is saved all the same. */
  problems: DraftProblem[];
}

/**
 * The form attributes, materials and flow of a business, saved as a whole — problems and all, so an officer can
 * save half-drawn work; the problems come back as a list to show at once, and publishing refuses them.
 */
export async function saveDraft(deps: AffairsDeps, officer: SignedInOfficer, input: DraftInput, requestId: string): Promise<SavedDraft> {
  if (tooLarge(input)) throw refuse('DRAFT_TOO_LARGE', 'businessId');
  const content = normalizeDraft(input);
  return deps.database.db.transaction().execute(async (trx) => {
    const business = await lockBusiness(trx, input.businessId);
    if (!business) throw refuse('BUSINESS_NOT_FOUND', 'businessId');
    if (business.status === 'CANCELLED') throw refuse('BUSINESS_CANCELLED', 'businessId');
    const draft = await replaceDraft(trx, business.id, content, officer.id);
    const problems = draftProblems(contentOf(draft), { needsMaterials: business.needs_materials, needsApproval: business.needs_approval });
    const details = { number: business.number, fields: content.fields.length, materials: content.materials.length, nodes: countNodes(content.flow), problems: problems.length };
    await deps.audit.record({ action: 'BUSINESS_DRAFT_SAVED', actorKind: 'officer', actorId: officer.id, targetKind: 'business', targetId: business.id, requestId, details }, { trx });
    return { business, draft, problems };
  });
}

const countNodes = (flow: unknown) => {
  const nodes = (flow as { nodes?: unknown } | null)?.nodes;
  return Array.isArray(nodes) ? nodes.length : 0;
};
