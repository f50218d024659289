import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ObjectType } from '@jingtong/kit/type-graphql';

@ObjectType()
export class DevSignInPayload {
  @Field(() => String, { nullable: true })
  token?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt?: Date;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
