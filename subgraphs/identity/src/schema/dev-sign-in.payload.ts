import { Field, GraphQLISODateTime, ObjectType } from '@jingtong/kit/type-graphql';
import { UserError } from './user-error.type.js';

@ObjectType()
export class DevSignInPayload {
  @Field(() => String, { nullable: true })
  token?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt?: Date;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
