import { ANY_NODE, type Flow } from './flow-definition.js';
import { closure, type Edge, edgesOf, type FlowIndex } from './flow-graph.js';
import { type FlowProblem, nameNode, pathOf, problem } from './flow-problems.js';

const EDGE_LABELS: Record<Edge['kind'], (edge: Edge) => string> = {
  NEXT: () => '下一节点',
  TIMEOUT: () => '逾期去向',
  APPROVE: () => '审批通过后的去向',
  REJECT: () => '审批不通过后的去向',
  BRANCH: (edge) => `第 ${(edge.branch ?? 0) + 1} 个判断条件的去向`,
  DEFAULT: () => '默认去向',
};

/** Each node of the flow once: the first of duplicate codes (the later ones are reported as duplicates). */
const firsts = (flow: Flow, index: FlowIndex) => flow.nodes.map((node, i) => ({ node, i })).filter(({ node, i }) => index.byCode.get(node.code)?.index === i);

/** Codes are unique; `start` and every reference name an existing node; jumps land where someone can act. */
export function checkReferences(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = [];
  flow.nodes.forEach((node, i) => {
    const first = index.byCode.get(node.code);
    if (first && first.index !== i) {
      problems.push(problem('FLOW_DUPLICATE_CODE', `${nameNode(node)}的编码与第 ${first.index + 1} 个节点「${first.node.name}」重复`, pathOf('nodes', i, 'code'), node.code));
    }
  });
  if (!index.has(flow.start)) problems.push(problem('FLOW_UNKNOWN_NODE', `开始节点 ${flow.start} 不存在`, 'start'));
  flow.nodes.forEach((node, i) => {
    for (const edge of edgesOf(node, i)) {
      if (!index.has(edge.to)) problems.push(problem('FLOW_UNKNOWN_NODE', `${nameNode(node)}的${EDGE_LABELS[edge.kind](edge)} ${edge.to} 不存在`, edge.path, node.code));
    }
    (node.jumps ?? []).forEach((to, j) => {
      const path = pathOf('nodes', i, 'jumps', j);
      const target = index.get(to);
      if (to === ANY_NODE) return;
      if (!target) problems.push(problem('FLOW_UNKNOWN_NODE', `${nameNode(node)}的可跳转节点 ${to} 不存在`, path, node.code));
      else if (to === node.code) problems.push(problem('FLOW_BAD_JUMP', `${nameNode(node)}不能跳转到本节点`, path, node.code));
      else if (target.kind === 'DECISION') problems.push(problem('FLOW_BAD_JUMP', `${nameNode(node)}不能跳转到${nameNode(target)}：判断节点由流程自动经过`, path, node.code));
    });
  });
  return problems;
}

/** An END ends: no jumps out of it. A timeout needs a deadline to fire at. */
export function checkNodeEdges(flow: Flow): FlowProblem[] {
  const problems: FlowProblem[] = [];
  flow.nodes.forEach((node, i) => {
    if (node.kind === 'END' && node.jumps?.length) {
      problems.push(problem('FLOW_END_HAS_EDGES', `${nameNode(node)}之后不能再跳转到其他节点`, pathOf('nodes', i, 'jumps'), node.code));
    }
    if (node.kind === 'TASK' && node.onTimeout !== undefined && node.deadlineDays === undefined) {
      problems.push(problem('FLOW_TIMEOUT_WITHOUT_DEADLINE', `${nameNode(node)}设置了逾期去向，但没有设置办理时限`, pathOf('nodes', i, 'deadlineDays'), node.code));
    }
  });
  return problems;
}

/**
 * Every node is reachable from `start`, counting the jumps that name it: a node only an officer's jump leads to
 * (补正 from 预审) is part of the flow. `*` does not count: it lets an officer correct a case, it does not design a
 * way into a node, and one `*` would otherwise hide every node forgotten in the flow. Every node must reach an END by the configured edges alone, not counting jumps: a loop is
 * fine when an exit leaves it (补正 → 预审 → 补正 … → 办结), but an application must never depend on someone's
 * manual jump to get out of a loop. Decisions must not loop among themselves, or routing would never stop.
 */
export function checkPaths(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const nodes = firsts(flow, index);
  const ends = nodes.filter(({ node }) => node.kind === 'END').map(({ node }) => node.code);
  if (!ends.length) problems.push(problem('FLOW_NO_END', '流程没有结束节点（办结、不予办理或撤回），申请将无法办结', 'nodes'));

  if (index.has(flow.start)) {
    const reached = closure([flow.start], (code) => [...index.next(code), ...index.jumps(code, true)]);
    for (const { node, i } of nodes) {
      if (!reached.has(node.code)) problems.push(problem('FLOW_NODE_UNREACHABLE', `${nameNode(node)}从开始节点无法到达`, pathOf('nodes', i), node.code));
    }
  }

  if (ends.length) {
    const before = new Map<string, string[]>();
    for (const { node } of nodes) for (const to of index.next(node.code)) before.set(to, [...(before.get(to) ?? []), node.code]);
    // A reference to no node is reported already; until it is fixed it may well lead out, so it counts as an exit.
    const dangling = nodes.filter(({ node, i }) => edgesOf(node, i).some((e) => !index.has(e.to))).map(({ node }) => node.code);
    const exits = closure([...ends, ...dangling], (code) => before.get(code) ?? []);
    for (const { node, i } of nodes) {
      if (exits.has(node.code)) continue;
      const looping = closure(index.next(node.code), (code) => index.next(code)).has(node.code);
      const message = looping ? `${nameNode(node)}所在的循环没有出口，无法到达任何结束节点` : `${nameNode(node)}之后无法到达任何结束节点`;
      problems.push(problem('FLOW_NO_EXIT', message, pathOf('nodes', i), node.code));
    }
  }

  const decisionNext = (code: string) => index.next(code).filter((to) => index.get(to)?.kind === 'DECISION');
  for (const { node, i } of nodes) {
    if (node.kind === 'DECISION' && closure(decisionNext(node.code), decisionNext).has(node.code)) {
      problems.push(problem('FLOW_DECISION_LOOP', `${nameNode(node)}经过判断后又回到自身，判断节点之间形成循环，流程会无法停下`, pathOf('nodes', i), node.code));
    }
  }
  return problems;
}
