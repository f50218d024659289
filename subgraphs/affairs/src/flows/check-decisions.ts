import { OPERATOR_LABELS, OPERATORS_FOR, type SubjectType, TYPE_LABELS, valueProblem } from './decision-operators.js';
import type { Flow } from './flow-definition.js';
import type { FlowContext } from './flow-context.js';
import { type FlowProblem, nameNode, pathOf, problem } from './flow-problems.js';

/**
 * A decision has conditions and a default; each condition looks at an attribute of the business (or the fee),
 * with an operator that suits its type and a value that parses for it, so that `evaluateDecision` never meets
 * a comparison it cannot make.
 */
export function checkDecisions(flow: Flow, context: FlowContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  flow.nodes.forEach((node, i) => {
    if (node.kind !== 'DECISION') return;
    const named = nameNode(node);
    if (!node.branches.length) problems.push(problem('FLOW_DECISION_NO_BRANCH', `${named}没有判断条件`, pathOf('nodes', i, 'branches'), node.code));
    if (node.defaultNext === undefined) {
      problems.push(problem('FLOW_DECISION_NO_DEFAULT', `${named}没有默认分支（条件都不满足时的去向）`, pathOf('nodes', i, 'defaultNext'), node.code));
    }
    node.branches.forEach((branch, b) => {
      const at = (...field: string[]) => pathOf('nodes', i, 'branches', b, ...field);
      const condition = `${named}的第 ${b + 1} 个判断条件`;
      let type: SubjectType = 'FEE';
      let label = '费用';
      let choices: readonly string[] | undefined;
      if (branch.subject.kind === 'FIELD') {
        const { code } = branch.subject;
        const field = context.fields.find((f) => f.code === code);
        if (!field) {
          problems.push(problem('FLOW_UNKNOWN_FIELD', `${condition}：判断对象 ${code} 不是本业务的属性`, at('subject', 'code'), node.code));
          return;
        }
        type = field.type;
        label = field.label ?? field.code;
        choices = field.choices;
      }
      if (!OPERATORS_FOR[type].includes(branch.operator)) {
        const allowed = OPERATORS_FOR[type].map((op) => `「${OPERATOR_LABELS[op]}」`).join('');
        const message = `${condition}：「${label}」是${TYPE_LABELS[type]}类型，不能使用「${OPERATOR_LABELS[branch.operator]}」，可使用${allowed}`;
        problems.push(problem('FLOW_BAD_OPERATOR', message, at('operator'), node.code));
        return;
      }
      const reason = valueProblem(type, branch.operator, branch.value, choices);
      if (reason) problems.push(problem('FLOW_BAD_VALUE', `${condition}：${reason}`, at('value'), node.code));
    });
  });
  return problems;
}
