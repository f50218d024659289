import { operationOf } from '../catalogues/flow-catalogues.js';
import type { Flow } from '../flows/index.js';
import { type DraftProblem, draftProblem } from './draft-problem.js';

const ACTOR_LABELS = { OFFICER: '民警', CITIZEN: '群众' } as const;

/**
 * What the flow core cannot know about a readable flow: whether it fits the business (an approval node exactly when
 * the business needs approval) and the operation catalogue's actors (a citizen's 缴费 is not offered on an officer's node).
 */
export function checkFlowFit(flow: Flow, business: { needsApproval: boolean }): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const approvals = flow.nodes.filter((node) => node.kind === 'APPROVAL');
  if (business.needsApproval && approvals.length === 0) problems.push(draftProblem('FLOW_APPROVAL_MISMATCH', '业务设置为需要审批，但流程中没有审批节点', 'flow.nodes'));
  if (!business.needsApproval && approvals.length > 0) {
    const first = approvals[0];
    problems.push(draftProblem('FLOW_APPROVAL_MISMATCH', `业务设置为不需要审批，但流程中有审批节点「${first.name}」（${first.code}）`, `flow.nodes[${flow.nodes.indexOf(first)}]`, first.code));
  }
  flow.nodes.forEach((node, i) => {
    if (node.kind === 'DECISION' || node.kind === 'END') return;
    const actor = node.kind === 'TASK' ? node.actor : 'OFFICER';
    node.operations.forEach((code, k) => {
      const operation = operationOf(code);
      if (!operation || operation.actor === actor) return;
      const message = `节点「${node.name}」（${node.code}）由${ACTOR_LABELS[actor]}办理，不能绑定${ACTOR_LABELS[operation.actor]}的操作「${operation.label}」（${code}）`;
      problems.push(draftProblem('FLOW_OPERATION_ACTOR', message, `flow.nodes[${i}].operations[${k}]`, node.code));
    });
  });
  return problems;
}
