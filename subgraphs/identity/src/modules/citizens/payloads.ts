import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { RealNameMethodEnum } from './enums.js';
import { HumanCheckChallengeType } from './sms/human-check.types.js';

@ObjectType({ description: 'A citizen session: use `token` as the Bearer token' })
export class SignInPayload {
  @Field(() => String, { nullable: true })
  token?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt?: Date;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class RequestSmsCodePayload {
  @Field(() => Boolean)
  sent!: boolean;

  @Field(() => Int, { nullable: true, description: 'When refused (SMS_RATE_LIMITED, SMS_BUDGET_EXCEEDED): seconds until a code can be sent again' })
  retryAfterSeconds?: number;

  @Field(() => HumanCheckChallengeType, { nullable: true, description: 'With HUMAN_CHECK_REQUIRED / HUMAN_CHECK_FAILED: solve it and ask again with `humanCheck`' })
  humanCheck?: HumanCheckChallengeType;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType({ description: 'A real-name verification; on success a NEW token carrying the new level' })
export class RealNamePayload {
  @Field(() => Int, { nullable: true, description: 'The level now in force' })
  level?: number;

  @Field(() => RealNameMethodEnum, { nullable: true })
  method?: RealNameMethodEnum;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt?: Date;

  @Field(() => String, { nullable: true })
  token?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt?: Date;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
