import { Field, GraphQLISODateTime, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { type BusinessDraftRow, contentOf } from '../db/repositories/business-drafts.repository.js';
import type { DraftContent } from '../drafts/draft-content.js';
import type { DraftProblem as Problem } from '../drafts/draft-problem.js';
import { FormField, Material } from './draft-content.type.js';
import { DraftProblem } from './draft-problem.type.js';
import { FlowJSON } from './flow-json.scalar.js';

@ObjectType('BusinessDraft', { description: 'What is being edited: the form, the materials and the flow, saved as a whole and published as a version' })
export class BusinessDraft {
  @Field(() => ID)
  businessId!: string;

  @Field(() => [FormField], { description: 'In display order' })
  fields!: FormField[];

  @Field(() => [Material], { description: 'In display order' })
  materials!: Material[];

  @Field(() => FlowJSON, { nullable: true, description: 'As it was saved (null before one is drawn)' })
  flow?: unknown;

  @Field(() => [DraftProblem], { description: 'Everything that keeps it from being published, checked now (empty: it may be published)' })
  problems!: DraftProblem[];

  @Field(() => ID, { nullable: true, description: 'The officer who saved it last' })
  savedBy?: string | null;

  @Field(() => GraphQLISODateTime)
  savedAt!: Date;

  /** As stored, for what is derived from it (whether it differs from the current version). */
  content!: DraftContent;

  static from(row: BusinessDraftRow, problems: readonly Problem[]): BusinessDraft {
    return Object.assign(new BusinessDraft(), {
      businessId: row.business_id,
      fields: row.fields.map(FormField.from),
      materials: row.materials.map(Material.from),
      flow: row.flow ?? null,
      problems: problems.map(DraftProblem.from),
      savedBy: row.saved_by,
      savedAt: row.saved_at,
      content: contentOf(row),
    });
  }
}
