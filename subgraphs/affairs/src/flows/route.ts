import { holds } from './compare-values.js';
import type { FieldValue } from './decision-values.js';
import type { DecisionNode, Flow, FlowNode } from './flow-definition.js';
import { FlowIndex } from './flow-graph.js';
import { nameNode } from './flow-problems.js';

/** What a decision may look at in an application: its fee and its form values by attribute code. */
export interface ApplicationFacts {
  feeFen: number;
  fields: Readonly<Record<string, FieldValue>>;
}

/** How the node where someone acted was left: a task done (or its deadline passed), an approval given or refused. */
export type StepOutcome = 'DONE' | 'TIMED_OUT' | 'APPROVED' | 'REJECTED';

export interface Advance {
  /** The next node where someone must act (TASK, APPROVAL), or the END reached. */
  stop: string;
  /** The decisions passed on the way, in order, for the application's history. */
  passed: string[];
}

/**
 * A flow that cannot route as asked. A validated flow and a caller that offers only the outcomes of the current
 * node never see one: it is a defect to log, not a message for the citizen or officer.
 */
export class FlowRouteError extends Error {
  override readonly name = 'FlowRouteError';
}

function nodeOf(flow: Flow, code: string): FlowNode {
  const node = flow.nodes.find((n) => n.code === code);
  if (!node) throw new FlowRouteError(`flow has no node ${code}`);
  return node;
}

/** The next node of a decision: the first branch whose condition holds, otherwise the default. */
export function evaluateDecision(node: DecisionNode, application: ApplicationFacts): string {
  for (const branch of node.branches) {
    const actual = branch.subject.kind === 'FEE' ? application.feeFen : application.fields[branch.subject.code];
    if (holds(actual, branch.operator, branch.value)) return branch.next;
  }
  if (node.defaultNext === undefined) throw new FlowRouteError(`decision ${node.code} has no default branch and no condition held`);
  return node.defaultNext;
}

/** From `code` on, through decisions, to where the application rests. */
function settle(flow: Flow, code: string, application: ApplicationFacts): Advance {
  const passed: string[] = [];
  let node = nodeOf(flow, code);
  while (node.kind === 'DECISION') {
    if (passed.includes(node.code)) throw new FlowRouteError(`decisions loop: ${[...passed, node.code].join(' → ')} (validateFlow refuses such a flow)`);
    passed.push(node.code);
    node = nodeOf(flow, evaluateDecision(node, application));
  }
  return { stop: node.code, passed };
}

/** Where a new application first rests: the start, or where the decisions at the start lead. */
export function enter(flow: Flow, application: ApplicationFacts): Advance {
  return settle(flow, flow.start, application);
}

/** Where the application goes when the node `from` is left with `outcome`. */
export function advance(flow: Flow, from: string, outcome: StepOutcome, application: ApplicationFacts): Advance {
  const node = nodeOf(flow, from);
  const refuse = () => new FlowRouteError(`${node.kind} node ${from} cannot be left with ${outcome}`);
  let to: string | undefined;
  if (node.kind === 'TASK') to = outcome === 'DONE' ? node.next : outcome === 'TIMED_OUT' ? node.onTimeout : undefined;
  else if (node.kind === 'APPROVAL') to = outcome === 'APPROVED' ? node.onApprove : outcome === 'REJECTED' ? node.onReject : undefined;
  if (to === undefined) throw refuse();
  return settle(flow, to, application);
}

export type JumpCheck = { allowed: true } | { allowed: false; reason: string };

/** Whether an officer may send the application from `from` to `to` by hand (the node's `jumps`, `*` for any). */
export function jump(flow: Flow, from: string, to: string): JumpCheck {
  const index = new FlowIndex(flow);
  const source = nodeOf(flow, from);
  const target = index.get(to);
  if (!target) return { allowed: false, reason: `节点 ${to} 不存在` };
  if (source.kind === 'END') return { allowed: false, reason: '申请已办理结束，不能再跳转' };
  if (to === from) return { allowed: false, reason: `申请已在${nameNode(source)}` };
  if (target.kind === 'DECISION') return { allowed: false, reason: `不能跳转到${nameNode(target)}：判断节点由流程自动经过` };
  if (!index.jumps(from).includes(to)) return { allowed: false, reason: `${nameNode(source)}不允许跳转到${nameNode(target)}` };
  return { allowed: true };
}
