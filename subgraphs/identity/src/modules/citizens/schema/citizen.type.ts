import { Directive, Field, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { Citizen as CitizenModel } from '../store/citizens.repository.js';

/**
 * The citizen entity. Personal fields (name, ID number, phone: masked unless revealed), the
 * real-name status, channels and bindings are field resolvers under src/citizens/.
 */
@Directive('@key(fields: "id")')
@ObjectType('Citizen', { description: 'One person, whatever channel they sign in by' })
export class Citizen {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Real-name level 0-3 (tender 2.3.4.2); 0 = not verified yet' })
  assuranceLevel!: number;

  /** The decrypted record for this request's field resolvers; not a GraphQL field. */
  model!: CitizenModel;

  static from(model: CitizenModel): Citizen {
    return Object.assign(new Citizen(), { id: model.id, assuranceLevel: model.assuranceLevel, model });
  }
}
