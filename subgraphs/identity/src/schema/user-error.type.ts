import { Field, ObjectType } from '@jingtong/kit/type-graphql';

/** An expected business failure, returned in a mutation payload (not thrown). */
@ObjectType({ description: 'A business failure the caller can act on; `message` is for citizens (Chinese)' })
export class UserError {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;

  static of(code: string, message: string): UserError {
    return Object.assign(new UserError(), { code, message });
  }
}
