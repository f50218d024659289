import type { Generated } from '@jingtong/kit';
import type { FormFieldContent, MaterialContent } from '../../drafts/draft-content.js';
import type { Flow } from '../../flows/index.js';

/**
 * A published version of a business (1, 2, …): what an application started on it keeps to its end. Inserted once,
 * never changed: the database refuses UPDATE, DELETE and TRUNCATE (migration `*-business-versions`).
 */
export interface BusinessVersionTable {
  id: string;
  business_id: string;
  version: number;
  /** `snapshotFlow`'s copy of the flow, and its digest. */
  flow: Flow;
  flow_digest: string;
  fields: FormFieldContent[];
  materials: MaterialContent[];
  /** sha256 of the canonical JSON of flow, fields and materials: the same content is never published twice in a row. */
  digest: string;
  published_by: string;
  published_at: Generated<Date>;
}
