import { Field, InputType } from '@jingtong/kit/type-graphql';
import { OfficerRole } from './officer-role.enum.js';

@InputType()
export class CreateOfficerInput {
  @Field(() => String, { description: '3-32 characters: a letter, then letters, digits, . _ -' })
  username!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String)
  unitCode!: string;

  @Field(() => [OfficerRole], { defaultValue: [], description: 'Business roles only; administrator roles are granted by a SECURITY_ADMIN' })
  roles!: OfficerRole[];
}

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  parentCode!: string;
}
