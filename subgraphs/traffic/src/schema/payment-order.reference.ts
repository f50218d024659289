import { Directive, Field, ID, ObjectType } from '@jingtong/kit/type-graphql';

/** Owned by the payment subgraph: traffic only names the order a fine is paid through. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('PaymentOrder')
export class PaymentOrderRef {
  @Field(() => ID)
  id!: string;
}
