import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@jingtong/kit/type-graphql';
import type { Violation as ViolationModel } from '@jingtong/legacy-clients/traffic';

export enum ViolationStatus {
  UNPROCESSED = 'UNPROCESSED',
  PROCESSED = 'PROCESSED',
  PAID = 'PAID',
}
registerEnumType(ViolationStatus, { name: 'ViolationStatus', description: '未处理 / 已处理未缴款 / 已缴款' });

@ObjectType('Violation', { description: 'A recorded traffic violation (交通违法记录)' })
export class Violation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  plate!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String)
  place!: string;

  @Field(() => String)
  behavior!: string;

  @Field(() => Int, { description: 'Licence points (记分)' })
  points!: number;

  @Field(() => Int, { description: 'Fine in yuan' })
  fineYuan!: number;

  @Field(() => ViolationStatus)
  status!: ViolationStatus;

  @Field(() => String, { description: 'Issuing agency' })
  agency!: string;

  @Field(() => String, { nullable: true, description: 'Penalty decision number (处罚决定书编号), once processed' })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Penalty decision day, YYYY-MM-DD (Beijing): the late fee counts from it' })
  decidedAt?: string | null;

  static from(m: ViolationModel): Violation {
    return Object.assign(new Violation(), { ...m, occurredAt: new Date(m.occurredAt), status: m.status as ViolationStatus });
  }
}
