import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import { OPERATIONS, POSTS } from '../catalogues/flow-catalogues.js';
import { OperationActorEnum } from './enums.js';

@ObjectType('FlowOperation', { description: '操作配置: a function bound to a flow node' })
export class FlowOperation {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => OperationActorEnum)
  actor!: OperationActorEnum;
}

@ObjectType('FlowPost', { description: 'A post a task or an approval goes to (审批对象)' })
export class FlowPost {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType('FlowCatalogues', { description: 'What a flow’s nodes may name, for the console’s flow editor' })
export class FlowCatalogues {
  @Field(() => [FlowOperation])
  operations!: FlowOperation[];

  @Field(() => [FlowPost])
  posts!: FlowPost[];

  static current(): FlowCatalogues {
    return Object.assign(new FlowCatalogues(), {
      operations: Object.entries(OPERATIONS).map(([code, op]) => Object.assign(new FlowOperation(), { code, label: op.label, actor: op.actor as OperationActorEnum })),
      posts: Object.entries(POSTS).map(([code, label]) => Object.assign(new FlowPost(), { code, label })),
    });
  }
}
