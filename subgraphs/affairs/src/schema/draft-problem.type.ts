import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import type { DraftProblem as Problem } from '../drafts/draft-problem.js';

@ObjectType('DraftProblem', { description: 'One reason a draft cannot be published; the console lists them all and marks the input and the node' })
export class DraftProblem {
  @Field(() => String, { description: 'FLOW_* from the flow core, FIELD_* / MATERIAL_* from the form and materials (README error table)' })
  code!: string;

  @Field(() => String, { description: 'For the officer (Chinese), naming the attribute, material or node' })
  message!: string;

  @Field(() => String, { description: 'Where in the draft: `fields[2].code`, `materials[0].sizeLimitKb`, `flow.nodes[3].branches[0].value`' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'The flow node concerned, to mark in the diagram' })
  node?: string | null;

  static from(problem: Problem): DraftProblem {
    return Object.assign(new DraftProblem(), problem);
  }
}
