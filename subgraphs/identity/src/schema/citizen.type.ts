import { Directive, Field, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { maskIdNumber, maskName } from '@jingtong/kit';
import type { Citizen as CitizenModel } from '../db/repositories/citizens.js';

@Directive('@key(fields: "id")')
@ObjectType('Citizen', { description: 'One person, whatever channel they sign in by' })
export class Citizen {
  @Field(() => ID)
  id!: string;

  /** Never exposed to clients (@inaccessible): lets the traffic subgraph ask the traffic platform by owner. */
  @Directive('@inaccessible')
  @Field(() => String)
  legalId!: string;

  @Field(() => String, { description: 'Name, masked (e.g. 张*)' })
  name!: string;

  @Field(() => String, { description: 'ID number, masked (e.g. 4110**********1234)' })
  idNumber!: string;

  static from(model: CitizenModel): Citizen {
    return Object.assign(new Citizen(), {
      id: model.id,
      legalId: model.idNumber,
      name: maskName(model.name),
      idNumber: maskIdNumber(model.idNumber),
    });
  }
}
