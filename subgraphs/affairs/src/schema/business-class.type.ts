import { Field, GraphQLISODateTime, ID, ObjectType } from '@jingtong/kit/type-graphql';
import type { BusinessClassRow } from '../db/repositories/business-classes.repository.js';
import { BusinessClassStatusEnum } from './enums.js';

@ObjectType('BusinessClass', { description: '业务类 (2.7.5.2): 治安业务, 户政业务, 车管业务…' })
export class BusinessClass {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '01–99, never changed or reused' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '业务类介绍' })
  description?: string | null;

  @Field(() => BusinessClassStatusEnum)
  status!: BusinessClassStatusEnum;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt?: Date | null;

  static from(row: BusinessClassRow): BusinessClass {
    return Object.assign(new BusinessClass(), {
      id: row.id,
      code: row.code,
      name: row.name,
      description: row.description,
      status: row.status as BusinessClassStatusEnum,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      cancelledAt: row.cancelled_at,
    });
  }
}
