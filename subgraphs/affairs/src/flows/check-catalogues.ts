import type { Flow } from './flow-definition.js';
import type { FlowContext } from './flow-context.js';
import { type FlowProblem, type FlowProblemCode, nameNode, pathOf, problem } from './flow-problems.js';

/** Posts and operations bound to nodes exist in their catalogues; so do statuses and SMS templates when those are given. */
export function checkCatalogues(flow: Flow, context: FlowContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  flow.nodes.forEach((node, i) => {
    const named = nameNode(node);
    const refuse = (code: FlowProblemCode, what: string, value: string, ...field: Array<string | number>) =>
      problems.push(problem(code, `${named}的${what}「${value}」不存在`, pathOf('nodes', i, ...field), node.code));
    if (node.kind === 'DECISION') return;
    if (node.kind === 'APPROVAL' || (node.kind === 'TASK' && node.actor === 'OFFICER')) {
      if (!context.posts.includes(node.post)) refuse('FLOW_UNKNOWN_POST', '岗位', node.post, 'post');
    }
    if (node.kind !== 'END') {
      node.operations.forEach((operation, k) => {
        if (!context.operations.includes(operation)) refuse('FLOW_UNKNOWN_OPERATION', '操作功能', operation, 'operations', k);
      });
    }
    if (node.status !== undefined && context.statuses && !context.statuses.includes(node.status)) refuse('FLOW_UNKNOWN_STATUS', '业务状态', node.status, 'status');
    if (node.sms !== undefined && context.smsTemplates && !context.smsTemplates.includes(node.sms)) refuse('FLOW_UNKNOWN_SMS_TEMPLATE', '短信模板', node.sms, 'sms');
  });
  return problems;
}
