import { UserError } from '@jingtong/kit';
import { Field, ID, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import { BusinessClass } from './business-class.type.js';

@InputType({ description: '业务类登记' })
export class RegisterBusinessClassInput {
  @Field(() => String, { description: '01–99' })
  code!: string;

  @Field(() => String, { description: '1–20 characters, unique among the classes in use' })
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: '业务类变更: the name and introduction only' })
export class UpdateBusinessClassInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType()
export class BusinessClassPayload {
  @Field(() => BusinessClass, { nullable: true })
  businessClass?: BusinessClass;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class CancelBusinessClassPayload {
  @Field(() => BusinessClass, { nullable: true })
  businessClass?: BusinessClass;

  @Field(() => Int, { nullable: true, description: 'How many businesses of the class were cancelled with it' })
  cancelledBusinesses?: number;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
