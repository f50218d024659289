import { OPERATOR_LABELS, takesNoValue } from './decision-operators.js';
import { listOf } from './decision-values.js';
import { ANY_NODE, type DecisionBranch, type EndOutcome, type Flow, type FlowNode, type FlowNodeKind, type UnitLevel } from './flow-definition.js';
import type { FlowField } from './flow-context.js';
import { type EdgeKind, edgesOf, FlowIndex } from './flow-graph.js';

export interface DiagramNode {
  id: string;
  label: string;
  kind: FlowNodeKind;
  /** A second line: who acts where and within how long, the approval level, or how the flow ends. */
  detail: string;
  start: boolean;
  /** `jumps: ['*']`: drawn as a mark on the node rather than an edge to every other node. */
  jumpsToAny: boolean;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** 通过 / 不通过 / the condition written out / 其他; empty for a task's plain next step. */
  label: string;
  /** For the drawing's style: a JUMP is an officer's manual move, drawn apart from the configured path. */
  kind: EdgeKind | 'JUMP';
}

export interface FlowDiagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const UNIT_LABELS: Record<UnitLevel, string> = { ACCEPTING_UNIT: '受理单位', PARENT_UNIT: '上级单位', BUREAU: '市局' };
const OUTCOME_LABELS: Record<EndOutcome, string> = { COMPLETED: '办结', REJECTED: '不予办理', WITHDRAWN: '撤回' };

const days = (n: number | undefined) => (n === undefined ? [] : [`${n} 个工作日`]);

function detailOf(node: FlowNode): string {
  switch (node.kind) {
    case 'TASK':
      return (node.actor === 'OFFICER' ? ['民警', node.post, UNIT_LABELS[node.unit]] : ['群众']).concat(days(node.deadlineDays)).join(' · ');
    case 'APPROVAL':
      return [`第 ${node.level} 级审批`, node.post, UNIT_LABELS[node.unit], ...days(node.deadlineDays)].join(' · ');
    case 'DECISION':
      return '判断';
    case 'END':
      return OUTCOME_LABELS[node.outcome];
  }
}

/** 1500 fen → 15 元, 1550 → 15.50 元: fees are configured in fen and read in yuan (a draft's bad value as typed). */
const yuan = (fen: string) => {
  if (!/^\d+$/.test(fen)) return fen;
  const amount = Number(fen) / 100;
  return `${Number.isInteger(amount) ? amount : amount.toFixed(2)} 元`;
};

/** A condition as an officer reads it: 「费用 > 0 元」, 「申请类型 属于 T、S」, 「是否加急 = 是」. */
export function describeCondition(branch: DecisionBranch, fields: readonly FlowField[] = []): string {
  const code = branch.subject.kind === 'FIELD' ? branch.subject.code : null;
  const field = fields.find((f) => f.code === code);
  const subject = code === null ? '费用' : (field?.label ?? code);
  const operator = OPERATOR_LABELS[branch.operator];
  if (takesNoValue(branch.operator)) return `${subject} ${operator}`;
  const raw = branch.value?.trim() ?? '';
  const value =
    code === null
      ? yuan(raw)
      : branch.operator === 'IN' || branch.operator === 'NOT_IN'
        ? listOf(raw).join('、')
        : field?.type === 'BOOLEAN'
          ? ({ true: '是', false: '否' }[raw] ?? raw)
          : raw;
  return `${subject} ${operator} ${value}`;
}

const EDGE_LABELS: Partial<Record<EdgeKind, string>> = { NEXT: '', APPROVE: '通过', REJECT: '不通过', DEFAULT: '其他' };

/**
 * What the console draws (with a graph library) to preview a flow before publishing. It is drawn from a draft
 * too: an edge to a node that does not exist is left out (validation lists it), duplicate codes drawn once.
 */
export function flowDiagram(flow: Flow, options: { fields?: readonly FlowField[] } = {}): FlowDiagram {
  const index = new FlowIndex(flow);
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  for (const { node, index: i } of index.byCode.values()) {
    nodes.push({ id: node.code, label: node.name, kind: node.kind, detail: detailOf(node), start: node.code === flow.start, jumpsToAny: node.jumps?.includes(ANY_NODE) ?? false });
    for (const edge of edgesOf(node, i)) {
      if (!index.has(edge.to)) continue;
      let label = EDGE_LABELS[edge.kind] ?? '';
      if (edge.kind === 'BRANCH' && node.kind === 'DECISION') label = describeCondition(node.branches[edge.branch ?? 0], options.fields);
      if (edge.kind === 'TIMEOUT' && node.kind === 'TASK') label = `逾期${node.deadlineDays === undefined ? '' : `（${node.deadlineDays} 个工作日）`}`;
      edges.push({ from: node.code, to: edge.to, label, kind: edge.kind });
    }
    if (node.jumps?.includes(ANY_NODE)) continue;
    for (const to of index.jumps(node.code)) edges.push({ from: node.code, to, label: '跳转', kind: 'JUMP' });
  }
  return { nodes, edges };
}
