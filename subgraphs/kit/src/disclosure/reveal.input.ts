import { Field, InputType } from '../type-graphql.js';

/** The argument of every maskable field, the same input type in every subgraph. */
export class RevealInput {
  purpose!: string;
}

// Decorators applied as calls (see payload/user-error.type.ts: kit files may be compiled with standard decorators).
Field(() => String, { description: 'Why, 4-100 characters (e.g. the application number being handled); written to the audit log' })(RevealInput.prototype, 'purpose');
InputType('RevealInput', { description: 'Ask for a personal field unmasked (officers whose role allows it); every disclosure is audited' })(RevealInput);
