import type { Generated } from '@jingtong/kit';
import type { FormFieldContent, MaterialContent } from '../../drafts/draft-content.js';

/** The business's configuration being edited, saved as a whole and published as a version. */
export interface BusinessDraftTable {
  business_id: string;
  fields: FormFieldContent[];
  materials: MaterialContent[];
  /** The flow as the console sent it (JSON), problems and all; null before one is drawn. */
  flow: unknown;
  saved_by: string | null;
  saved_at: Generated<Date>;
}
