import { UserError } from '@jingtong/kit';
import { Field, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { PartnerKey } from './partner-key.type.js';

@InputType()
export class IssuePartnerKeyInput {
  @Field(() => String, { description: 'The partner department; keys of the same name belong to one partner' })
  partnerName!: string;

  @Field(() => [String], { description: 'From `partnerScopes`' })
  scopes!: string[];

  @Field(() => Int)
  ratePerMinute!: number;

  @Field(() => Int, { description: 'Query cost the key may spend per day (the gateway counts it)' })
  costBudgetPerDay!: number;
}

@ObjectType({ description: 'A new key: `secret` is shown here once and cannot be recovered' })
export class IssuePartnerKeyPayload {
  @Field(() => PartnerKey, { nullable: true })
  key?: PartnerKey;

  @Field(() => String, { nullable: true })
  secret?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class PartnerKeyPayload {
  @Field(() => PartnerKey, { nullable: true })
  key?: PartnerKey;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
