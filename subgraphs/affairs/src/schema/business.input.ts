import { Field, ID, InputType, Int } from '@jingtong/kit/type-graphql';
import { BusinessChannelEnum, BusinessStatusEnum, BusinessTypeEnum } from './enums.js';

@InputType({ description: 'A business’s basic attributes, sent whole by the console’s form' })
export class BusinessInput {
  @Field(() => String, { description: '业务编号: 2–20 upper-case letters, digits, `_` or `-` (upper-cased)' })
  number!: string;

  @Field(() => String, { description: '1–30 characters' })
  name!: string;

  @Field(() => ID, { description: 'A class in use' })
  classId!: string;

  @Field(() => Int, { description: 'Integer fen, 0 to 10,000,000' })
  feeFen!: number;

  @Field(() => Int, { description: '0–365; 0: not supervised' })
  supervisionDays!: number;

  @Field(() => BusinessTypeEnum)
  type!: BusinessTypeEnum;

  @Field(() => Boolean)
  needsMaterials!: boolean;

  @Field(() => Boolean)
  returnsMaterials!: boolean;

  @Field(() => Boolean)
  needsApproval!: boolean;

  @Field(() => [BusinessChannelEnum])
  channels!: BusinessChannelEnum[];

  @Field(() => String, { nullable: true, description: '拼音CODE; left out, it is computed from the name' })
  pinyin?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL or a path starting with /' })
  applyUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL or a path starting with /' })
  handleUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters' })
  intro?: string | null;
}

@InputType({ description: 'Every member narrows the list; cancelled businesses only with status CANCELLED' })
export class BusinessFilter {
  @Field(() => ID, { nullable: true })
  classId?: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the number or the pinyin initials, or any part of the name' })
  search?: string | null;

  @Field(() => BusinessTypeEnum, { nullable: true })
  type?: BusinessTypeEnum | null;

  @Field(() => BusinessStatusEnum, { nullable: true })
  status?: BusinessStatusEnum | null;

  @Field(() => BusinessChannelEnum, { nullable: true })
  channel?: BusinessChannelEnum | null;

  @Field(() => Int, { nullable: true, description: 'At most this many, by number (1–500, default 100)' })
  first?: number | null;
}
