import { Directive, Field, ObjectType } from '../type-graphql.js';

/**
 * An expected failure returned in a mutation payload (not thrown). `@shareable`: every subgraph's
 * payloads use this one type, and composition needs each definition to say it may be shared.
 */
export class UserError {
  code!: string;
  message!: string;
  /** The input field the failure is about (e.g. `idNumber`), when there is one. */
  field?: string | null;

  static of(code: string, message: string, field?: string): UserError {
    return Object.assign(new UserError(), { code, message, field: field ?? null });
  }
}

// Decorators applied as calls: tsx compiles a subgraph's own files with its tsconfig's legacy decorators,
// but files of other workspaces (this kit) with standard decorators, which type-graphql cannot read.
Field(() => String)(UserError.prototype, 'code');
Field(() => String)(UserError.prototype, 'message');
Field(() => String, { nullable: true, description: 'The input field the failure is about (e.g. `idNumber`), when there is one' })(UserError.prototype, 'field');
Directive('@shareable')(UserError);
ObjectType('UserError', { description: 'A failure the caller can act on; `message` is for citizens (Chinese), `field` names the input it is about' })(UserError);
