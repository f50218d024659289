import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { BusinessRow } from '../db/repositories/businesses.repository.js';
import { BusinessClass } from './business-class.type.js';
import { BusinessChannelEnum, BusinessStatusEnum, BusinessTypeEnum } from './enums.js';

@ObjectType('Business', { description: '业务 (2.7.5.3): its basic attributes; `draft` is being edited, `versions` are published' })
export class Business {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '业务编号' })
  number!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BusinessClass, { description: 'By reference: a renamed class reads its new name here' })
  businessClass!: BusinessClass;

  @Field(() => Int, { description: '办理资费, integer fen' })
  feeFen!: number;

  @Field(() => Int, { description: '督办天数 (0: not supervised)' })
  supervisionDays!: number;

  @Field(() => BusinessTypeEnum)
  type!: BusinessTypeEnum;

  @Field(() => Boolean, { description: '是否需要材料' })
  needsMaterials!: boolean;

  @Field(() => Boolean, { description: '是否回寄材料' })
  returnsMaterials!: boolean;

  @Field(() => Boolean, { description: '是否审批' })
  needsApproval!: boolean;

  @Field(() => [BusinessChannelEnum], { description: 'Where it is open' })
  channels!: BusinessChannelEnum[];

  @Field(() => String, { description: '拼音CODE: the name’s initials (往来港澳二次签 → WLGAECQ) for the fuzzy search' })
  pinyin!: string;

  @Field(() => String, { nullable: true, description: '群众申报URL (internet)' })
  applyUrl?: string | null;

  @Field(() => String, { nullable: true, description: '业务受理URL (police network)' })
  handleUrl?: string | null;

  @Field(() => String, { nullable: true, description: '业务介绍' })
  intro?: string | null;

  @Field(() => BusinessStatusEnum)
  status!: BusinessStatusEnum;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  static from(row: BusinessRow, businessClass: BusinessClass): Business {
    return Object.assign(new Business(), {
      id: row.id,
      number: row.number,
      name: row.name,
      businessClass,
      feeFen: row.fee_fen,
      supervisionDays: row.supervision_days,
      type: row.type as BusinessTypeEnum,
      needsMaterials: row.needs_materials,
      returnsMaterials: row.returns_materials,
      needsApproval: row.needs_approval,
      channels: row.channels as BusinessChannelEnum[],
      pinyin: row.pinyin,
      applyUrl: row.apply_url,
      handleUrl: row.handle_url,
      intro: row.intro,
      status: row.status as BusinessStatusEnum,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}
