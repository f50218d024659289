import type { FlowNode } from './flow-definition.js';

/**
 * Why a flow cannot be published, one code per rule of `validateFlow`, each with the description a console shows
 * beside the list (the subgraph's error catalogue takes them from here). Each problem's own message names the node.
 */
export const FlowProblemCodes = {
  FLOW_MALFORMED: '流程定义格式不正确',
  FLOW_DUPLICATE_CODE: '节点编码重复',
  FLOW_UNKNOWN_NODE: '引用了不存在的节点',
  FLOW_NO_END: '流程没有结束节点',
  FLOW_NODE_UNREACHABLE: '节点从开始节点无法到达',
  FLOW_NO_EXIT: '节点之后无法到达任何结束节点（存在没有出口的循环）',
  FLOW_END_HAS_EDGES: '结束节点不能再有后续节点或跳转',
  FLOW_BAD_JUMP: '跳转目标不正确（不能跳转到本节点或判断节点）',
  FLOW_TIMEOUT_WITHOUT_DEADLINE: '设置了逾期去向，但没有设置办理时限',
  FLOW_DECISION_NO_BRANCH: '判断节点没有判断条件',
  FLOW_DECISION_NO_DEFAULT: '判断节点没有默认分支（条件都不满足时的去向）',
  FLOW_DECISION_LOOP: '判断节点之间形成循环，流程会无法停下',
  FLOW_UNKNOWN_FIELD: '判断对象不是本业务的属性',
  FLOW_BAD_OPERATOR: '运算关系符不适用于判断对象的类型',
  FLOW_BAD_VALUE: '判断值与判断对象的类型不符',
  FLOW_UNKNOWN_POST: '岗位不存在',
  FLOW_UNKNOWN_OPERATION: '操作功能不存在',
  FLOW_UNKNOWN_STATUS: '业务状态不存在',
  FLOW_UNKNOWN_SMS_TEMPLATE: '短信模板不存在',
  FLOW_APPROVAL_LEVEL_GAP: '多级审批未按级别逐级进行',
} as const;

export type FlowProblemCode = keyof typeof FlowProblemCodes;
export const FLOW_PROBLEM_CODES = Object.keys(FlowProblemCodes) as FlowProblemCode[];

export interface FlowProblem {
  code: FlowProblemCode;
  /** For the officer editing the flow (Simplified Chinese), naming the node by its name and code. */
  message: string;
  /** Where in the definition, e.g. `nodes[3].branches[0].value`, for the console to mark the input. */
  path: string;
  /** The node concerned, for the console to mark it in the diagram; null for the flow as a whole. */
  node: string | null;
}

const NOUN: Record<FlowNode['kind'], string> = { TASK: '节点', APPROVAL: '审批节点', DECISION: '判断节点', END: '结束节点' };

/** 「预审」（PRE_REVIEW） with the kind in front: how every message names a node. */
export const nameNode = (node: Pick<FlowNode, 'kind' | 'name' | 'code'>) => `${NOUN[node.kind]}「${node.name}」（${node.code}）`;

export const pathOf = (...parts: Array<string | number>) =>
  parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');

export const problem = (code: FlowProblemCode, message: string, path: string, node: string | null = null): FlowProblem => ({ code, message, path, node });
