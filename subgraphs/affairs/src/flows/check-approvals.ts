import type { ApprovalNode, Flow } from './flow-definition.js';
import { type Edge, edgesOf, type FlowIndex } from './flow-graph.js';
import { type FlowProblem, nameNode, problem } from './flow-problems.js';

const HOW: Record<Edge['kind'], string> = { NEXT: '办理完成后', TIMEOUT: '逾期后', APPROVE: '审批通过后', REJECT: '审批不通过后', BRANCH: '', DEFAULT: '' };

/** The nodes where someone acts (or an END) that an edge lands on, looking through decisions. */
function landings(index: FlowIndex, to: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (code: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    const node = index.get(code);
    if (!node) return;
    if (node.kind === 'DECISION') index.next(code).forEach(visit);
    else found.push(code);
  };
  visit(to);
  return found;
}

/**
 * Multi-level approval (审批序号, 2.7.5.14), kept simple: levels go up one at a time along the way an approval is
 * passed. A level-n approval (n > 1) is entered only when a level n−1 approval approves, directly or through
 * decisions (e.g. "a level 2 only above some fee"); and a passed approval that leads on to an approval leads to the
 * level above it. Each level names its own post (科长, then 局长), as the tender's 审批对象 is set per level. An
 * officer's jump is not checked: it is a correction by hand, not the way an application is approved.
 */
export function checkApprovals(flow: Flow, index: FlowIndex): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const seen = new Set<string>();
  flow.nodes.forEach((from, i) => {
    if (from.kind === 'DECISION' || index.byCode.get(from.code)?.index !== i) return;
    for (const edge of edgesOf(from, i)) {
      for (const code of landings(index, edge.to)) {
        const to = index.get(code);
        if (to?.kind !== 'APPROVAL') continue;
        const key = `${from.code}>${edge.kind}>${to.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const found = gap(from.kind === 'APPROVAL' ? from : null, edge, to, nameNode(from));
        if (found) problems.push(problem('FLOW_APPROVAL_LEVEL_GAP', found.message, edge.path, found.node ?? from.code));
      }
    }
  });
  return problems;
}

/** The problem with going from `from` over `edge` to the approval `to`, and the node to mark (null: `from`). */
function gap(from: ApprovalNode | null, edge: Edge, to: ApprovalNode, fromName: string): { message: string; node: string | null } | null {
  const approved = from !== null && edge.kind === 'APPROVE';
  if (to.level > 1 && !(approved && from.level === to.level - 1)) {
    return { message: `${nameNode(to)}是第 ${to.level} 级审批，只能在第 ${to.level - 1} 级审批通过后进入，但${fromName}${HOW[edge.kind]}会进入它`, node: to.code };
  }
  if (to.level === 1 && approved) {
    return { message: `${fromName}是第 ${from.level} 级审批，通过后应进入第 ${from.level + 1} 级审批，而不是第 1 级的${nameNode(to)}`, node: null };
  }
  return null;
}
