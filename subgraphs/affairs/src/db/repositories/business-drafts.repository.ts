import type { Kysely, Selectable } from '@jingtong/kit';
import type { DraftContent } from '../../drafts/draft-content.js';
import type { AffairsDatabase } from '../tables/affairs-database.js';
import type { BusinessDraftTable } from '../tables/business-draft.table.js';

export type BusinessDraftRow = Selectable<BusinessDraftTable>;

export const findDraft = (db: Kysely<AffairsDatabase>, businessId: string) => db.selectFrom('business_drafts').selectAll().where('business_id', '=', businessId).executeTakeFirst();

export const contentOf = (row: Pick<BusinessDraftRow, 'fields' | 'materials' | 'flow'>): DraftContent => ({ fields: row.fields, materials: row.materials, flow: row.flow ?? null });

/** The empty draft a new business starts with. */
export const insertDraft = (trx: Kysely<AffairsDatabase>, businessId: string, officerId: string) =>
  trx.insertInto('business_drafts').values({ business_id: businessId, fields: JSON.stringify([]) as never, materials: JSON.stringify([]) as never, flow: null, saved_by: officerId }).execute();

/** The whole draft replaced by what the console sent. */
export const replaceDraft = (trx: Kysely<AffairsDatabase>, businessId: string, content: DraftContent, officerId: string) =>
  trx
    .updateTable('business_drafts')
    .set({
      fields: JSON.stringify(content.fields) as never,
      materials: JSON.stringify(content.materials) as never,
      flow: content.flow === null ? null : (JSON.stringify(content.flow) as never),
      saved_by: officerId,
      saved_at: new Date(),
    })
    .where('business_id', '=', businessId)
    .returningAll()
    .executeTakeFirstOrThrow();
