import { Assurance } from '@jingtong/kit';
import { Directive, Field, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { Vehicle } from './vehicle.type.js';

/** Owned by identity; traffic adds the citizen's vehicles. */
@Directive('@key(fields: "id")')
@ObjectType('Citizen')
export class Citizen {
  @Field(() => ID)
  id!: string;

  /** The plates the citizen bound in identity (@inaccessible there): the vehicles come from these. */
  @Directive('@external')
  @Field(() => [String])
  boundPlates!: string[];

  @Assurance(1)
  @Directive('@requires(fields: "boundPlates")')
  @Field(() => [Vehicle], { nullable: true, description: "The citizen's bound vehicles, as the traffic platform has them now" })
  vehicles?: Vehicle[];
}
