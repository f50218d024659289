import { Field, ObjectType } from '@jingtong/kit/type-graphql';
import type { FlowDiagram } from '../flows/index.js';
import { DraftProblem } from './draft-problem.type.js';
import { FlowEdgeKindEnum, FlowNodeKindEnum } from './enums.js';

@ObjectType('FlowDiagramNode')
export class FlowDiagramNode {
  @Field(() => String, { description: 'The node’s code' })
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => FlowNodeKindEnum)
  kind!: FlowNodeKindEnum;

  @Field(() => String, { description: 'Who acts where and within how long, the approval level, or how the flow ends' })
  detail!: string;

  @Field(() => Boolean)
  start!: boolean;

  @Field(() => Boolean, { description: 'An officer may send the application from here to any node' })
  jumpsToAny!: boolean;
}

@ObjectType('FlowDiagramEdge')
export class FlowDiagramEdge {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { description: '通过 / 不通过 / the condition written out / 其他 / 逾期 / 跳转; empty for a plain next step' })
  label!: string;

  @Field(() => FlowEdgeKindEnum)
  kind!: FlowEdgeKindEnum;
}

@ObjectType('FlowPreview', { description: 'The draft’s flow as a diagram for a graph library, with its problems, before publishing' })
export class FlowPreview {
  @Field(() => [FlowDiagramNode], { description: 'Empty while the definition cannot be read' })
  nodes!: FlowDiagramNode[];

  @Field(() => [FlowDiagramEdge])
  edges!: FlowDiagramEdge[];

  @Field(() => [DraftProblem], { description: 'The flow’s problems only (the form’s and materials’ are on the draft)' })
  problems!: DraftProblem[];

  static from(diagram: FlowDiagram, problems: DraftProblem[]): FlowPreview {
    return Object.assign(new FlowPreview(), {
      nodes: diagram.nodes.map((node) => Object.assign(new FlowDiagramNode(), node)),
      edges: diagram.edges.map((edge) => Object.assign(new FlowDiagramEdge(), edge)),
      problems,
    });
  }
}
