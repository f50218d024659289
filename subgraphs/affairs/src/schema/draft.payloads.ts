import { UserError } from '@jingtong/kit';
import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import { BusinessDraft } from './business-draft.type.js';
import { BusinessVersion } from './business-version.type.js';
import { DraftProblem } from './draft-problem.type.js';

@ObjectType()
export class SaveBusinessDraftPayload {
  @Field(() => BusinessDraft, { nullable: true, description: 'Saved, with its problems' })
  draft?: BusinessDraft;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class PublishBusinessPayload {
  @Field(() => BusinessVersion, { nullable: true, description: 'The new version, or the current one when the draft holds the same' })
  version?: BusinessVersion;

  @Field(() => Boolean, { description: 'Whether this call made the version (false: unchanged, or refused)' })
  created!: boolean;

  @Field(() => [DraftProblem], { nullable: true, description: 'With DRAFT_HAS_PROBLEMS: every problem, to show at once' })
  problems?: DraftProblem[];

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
