import { randomUUID } from 'node:crypto';
import type { SignedInOfficer } from '@jingtong/kit';
import { contentOf, findDraft } from '../db/repositories/business-drafts.repository.js';
import { type BusinessVersionRow, insertVersion, latestVersion } from '../db/repositories/business-versions.repository.js';
import { lockBusiness } from '../db/repositories/businesses.repository.js';
import type { AffairsDeps } from '../deps.js';
import type { DraftProblem } from '../drafts/draft-problem.js';
import { draftProblems } from '../drafts/draft-problems.js';
import type { Flow } from '../flows/index.js';
import { refuse } from '../errors.js';
import { versionContent } from './version-content.js';

export type Publication = { ok: true; version: BusinessVersionRow; created: boolean } | { ok: false; problems: DraftProblem[] };

/**
 * 流程部署: the draft becomes version n + 1, frozen, unless it has problems (all returned) or holds exactly what the
 * current version holds (that version is returned, nothing written). On the business's lock: two officers
 * publishing at once make two versions one after the other, never two with one number.
 */
export async function publishBusiness(deps: AffairsDeps, officer: SignedInOfficer, businessId: string, requestId: string): Promise<Publication> {
  return deps.database.db.transaction().execute(async (trx) => {
    const business = await lockBusiness(trx, businessId);
    if (!business) throw refuse('BUSINESS_NOT_FOUND', 'id');
    if (business.status === 'CANCELLED') throw refuse('BUSINESS_CANCELLED', 'id');
    const draft = await findDraft(trx, business.id);
    if (!draft) throw refuse('BUSINESS_NOT_FOUND', 'id');
    const problems = draftProblems(contentOf(draft), { needsMaterials: business.needs_materials, needsApproval: business.needs_approval });
    const content = problems.length === 0 ? versionContent(contentOf(draft)) : null;
    if (!content) return { ok: false, problems } as const;

    const latest = await latestVersion(trx, business.id);
    if (latest?.digest === content.digest) return { ok: true, version: latest, created: false } as const;
    const version = await insertVersion(trx, {
      id: randomUUID(),
      business_id: business.id,
      version: (latest?.version ?? 0) + 1,
      flow: content.flow as Flow,
      flow_digest: content.flowDigest,
      fields: content.fields,
      materials: content.materials,
      digest: content.digest,
      published_by: officer.id,
    });
    const details = { number: business.number, version: version.version, digest: version.digest, previous: latest?.version ?? null };
    await deps.audit.record({ action: 'BUSINESS_PUBLISHED', actorKind: 'officer', actorId: officer.id, targetKind: 'business', targetId: business.id, requestId, details }, { trx });
    return { ok: true, version, created: true } as const;
  });
}
