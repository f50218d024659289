import { Directive, Field, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { Vehicle } from './vehicle.type.js';

/** Owned by identity; traffic adds the citizen's vehicles. */
@Directive('@key(fields: "id")')
@ObjectType('Citizen')
export class Citizen {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String)
  legalId!: string;

  @Directive('@requires(fields: "legalId")')
  @Field(() => [Vehicle], { nullable: true, description: "The citizen's registered vehicles" })
  vehicles?: Vehicle[];
}
