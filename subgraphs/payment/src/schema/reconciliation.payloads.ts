import { UserError } from '@jingtong/kit';
import { Field, ID, InputType, ObjectType } from '@jingtong/kit/type-graphql';
import { PaymentChannelEnum } from './enums.js';
import { DifferenceResolutionEnum, ReconciliationDifference } from './reconciliation.type.js';

@InputType({ description: 'Every given field must match' })
export class ReconciliationDifferenceFilter {
  @Field(() => String, { nullable: true, description: 'The Beijing day, YYYY-MM-DD' })
  date?: string;

  @Field(() => PaymentChannelEnum, { nullable: true })
  channel?: PaymentChannelEnum;

  @Field(() => Boolean, { nullable: true, description: 'false: only those still to handle' })
  resolved?: boolean;
}

@InputType()
export class ResolveReconciliationDifferenceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DifferenceResolutionEnum)
  resolution!: DifferenceResolutionEnum;

  @Field(() => String, { description: '处理说明 (kept on the difference; the audit row names the resolution)' })
  note!: string;
}

@ObjectType()
export class ResolveReconciliationDifferencePayload {
  @Field(() => ReconciliationDifference, { nullable: true })
  difference?: ReconciliationDifference;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class RunReconciliationPayload {
  @Field(() => Boolean, { description: 'The run is queued: every channel’s bill of the day is reconciled within moments (see reconciliationRuns)' })
  queued!: boolean;

  @Field(() => String, { nullable: true })
  date?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
