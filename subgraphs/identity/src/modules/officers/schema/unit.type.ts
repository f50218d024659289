import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import { maskPhone } from '@jingtong/kit';
import type { Unit as UnitModel } from '../unit-repository.js';

@ObjectType('Unit', { description: 'A police unit: 12-digit code = 6-digit administrative region + 6-digit office' })
export class Unit {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'GB/T 2260 administrative region (the first six digits)' })
  regionCode!: string;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Duty phone for alerts, masked' })
  dutyPhone!: string | null;

  static from(model: UnitModel): Unit {
    return Object.assign(new Unit(), { ...model, dutyPhone: model.dutyPhone ? maskPhone(model.dutyPhone) : null });
  }
}
