import { Field, InputType, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { HumanCheckChallenge } from './human-check.js';

@ObjectType('HumanCheckChallenge', { description: 'A slider check (stand-in for a captcha): drag from 0 to `max` until the value the prompt names; answer within 2 minutes, once' })
export class HumanCheckChallengeType implements HumanCheckChallenge {
  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'What to do, in Chinese, e.g. 请拖动滑块至 37' })
  prompt!: string;

  @Field(() => Int)
  max!: number;
}

@InputType({ description: 'The answer to a HumanCheckChallenge' })
export class HumanCheckAnswer {
  @Field(() => String)
  id!: string;

  @Field(() => Int, { description: 'Where the slider was released' })
  answer!: number;
}
