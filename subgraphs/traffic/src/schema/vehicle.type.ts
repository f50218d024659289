import { Directive, Field, ObjectType } from '@jingtong/kit/type-graphql';
import type { Vehicle as VehicleModel } from '@jingtong/legacy-clients/traffic';
import { Violation } from './violation.type.js';

@Directive('@key(fields: "plate")')
@ObjectType('Vehicle', { description: 'A motor vehicle registered with the traffic platform' })
export class Vehicle {
  @Field(() => String, { description: 'Plate, e.g. 豫K·A1234 (豫K·D12345 for new-energy)' })
  plate!: string;

  @Field(() => String, { description: 'Plate type code (02 small car, 52 small new-energy…)' })
  plateType!: string;

  @Field(() => String)
  brand!: string;

  @Field(() => String)
  model!: string;

  @Field(() => String)
  color!: string;

  @Field(() => Boolean)
  newEnergy!: boolean;

  @Field(() => String, { description: 'Registration date, YYYY-MM-DD' })
  registeredOn!: string;

  @Field(() => String, { description: 'Next inspection due, YYYY-MM-DD' })
  inspectionDue!: string;

  @Field(() => String)
  status!: string;

  /** Null (with a LEGACY_* error on this field) when the platform cannot answer. */
  @Field(() => [Violation], { nullable: true })
  violations?: Violation[];

  static from(m: VehicleModel): Vehicle {
    const { ownerIdNumber: _owner, ...rest } = m;
    return Object.assign(new Vehicle(), rest);
  }
}
