import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@jingtong/kit/type-graphql';
import type { FugitiveAlertRow } from '../tables/fugitive-alert.table.js';
import { AlertStatusEnum } from '../enums.js';

@ObjectType('FugitiveAlert', { description: 'A fugitive comparison hit (在逃人员比对) for the duty officers of a unit; never shown to the citizen' })
export class FugitiveAlert {
  @Field(() => ID)
  id!: string;

  @Field(() => AlertStatusEnum)
  status!: AlertStatusEnum;

  @Field(() => String, { description: 'Case number of the listing (在逃人员编号/案件编号)' })
  caseNumber!: string;

  @Field(() => String, { description: 'Unit that issued the listing' })
  wantedBy!: string;

  @Field(() => String, { description: 'Case category, e.g. 盗窃' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'Listed on, YYYY-MM-DD' })
  listedOn?: string | null;

  @Field(() => String, { description: 'The unit whose duty officers handle it (12-digit code)' })
  unitCode!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acknowledgedAt?: Date | null;

  /** The stored row, for the field resolvers (ID number, citizen). */
  row!: FugitiveAlertRow;

  static from(row: FugitiveAlertRow, caseNumber: string): FugitiveAlert {
    return Object.assign(new FugitiveAlert(), {
      id: row.id,
      status: row.status as AlertStatusEnum,
      caseNumber,
      wantedBy: row.wanted_by,
      category: row.category,
      listedOn: row.listed_on,
      unitCode: row.unit_code,
      createdAt: row.created_at,
      acknowledgedAt: row.acknowledged_at,
      row,
    });
  }
}

@ObjectType()
export class FugitiveAlertPayload {
  @Field(() => FugitiveAlert, { nullable: true })
  alert?: FugitiveAlert;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}
