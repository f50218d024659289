import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { RealNameMethodEnum } from './enums.js';

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

  @Field(() => Int, { nullable: true, description: 'When refused (SMS_RATE_LIMITED): seconds until a code can be sent again' })
  retryAfterSeconds?: number;

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
