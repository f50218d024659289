import { UserError } from '@jingtong/kit';
import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import { Business } from './business.type.js';

@ObjectType()
export class BusinessPayload {
  @Field(() => Business, { nullable: true })
  business?: Business;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
