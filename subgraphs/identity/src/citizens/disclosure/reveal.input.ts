import { Field, InputType } from '@jingtong/kit/type-graphql';

@InputType('RevealInput', { description: 'Ask for a personal field unmasked (officers with WINDOW_OFFICER or REVIEWER only); every disclosure is audited' })
export class RevealInput {
  @Field(() => String, { description: 'Why, 4-100 characters (e.g. the application number being handled); written to the audit log' })
  purpose!: string;
}
