import type { FlowContext } from '../flow-context.js';
import type { Flow, FlowNode } from '../flow-definition.js';

/**
 * A realistic business version for the tests (an exit-entry endorsement, as 往来港澳二次签 would be configured):
 * 预审 (with a 补正 loop and a refusal by jump) → 受理 → fee decision → 缴费 or not → delivery decision → 邮寄原件
 * or not → 审核 → two approval levels → 回寄 → 办结. Tests copy and break it in exactly one way.
 */
export const sampleFlow: Flow = {
  start: 'PRE_REVIEW',
  nodes: [
    { code: 'PRE_REVIEW', name: '预审', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'ACCEPTING_UNIT', operations: ['PRE_REVIEW', 'REQUEST_SUPPLEMENT'], deadlineDays: 2, next: 'ACCEPT', jumps: ['SUPPLEMENT', 'NOT_ACCEPTED'], status: 'PRE_REVIEWING' },
    { code: 'SUPPLEMENT', name: '补正材料', kind: 'TASK', actor: 'CITIZEN', operations: ['UPLOAD_SUPPLEMENT'], deadlineDays: 7, onTimeout: 'CLOSED', next: 'PRE_REVIEW', sms: 'SUPPLEMENT_REQUESTED' },
    { code: 'ACCEPT', name: '受理', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'ACCEPTING_UNIT', operations: ['ACCEPT'], next: 'FEE_CHECK' },
    { code: 'FEE_CHECK', name: '是否收费', kind: 'DECISION', branches: [{ subject: { kind: 'FEE' }, operator: 'GT', value: '0', next: 'PAY' }], defaultNext: 'DELIVERY_CHECK' },
    { code: 'PAY', name: '缴费', kind: 'TASK', actor: 'CITIZEN', operations: ['PAY'], deadlineDays: 7, next: 'DELIVERY_CHECK' },
    { code: 'DELIVERY_CHECK', name: '原件递交方式', kind: 'DECISION', branches: [{ subject: { kind: 'FIELD', code: 'DELIVERY' }, operator: 'EQ', value: 'EXPRESS', next: 'EXPRESS' }], defaultNext: 'REVIEW' },
    { code: 'EXPRESS', name: '邮寄原件', kind: 'TASK', actor: 'CITIZEN', operations: ['SUBMIT_EXPRESS_NUMBER'], next: 'REVIEW' },
    { code: 'REVIEW', name: '审核', kind: 'TASK', actor: 'OFFICER', post: 'REVIEWER', unit: 'PARENT_UNIT', operations: ['REVIEW'], deadlineDays: 3, next: 'APPROVE_1', jumps: ['*'] },
    { code: 'APPROVE_1', name: '科长审批', kind: 'APPROVAL', post: 'SECTION_CHIEF', unit: 'PARENT_UNIT', level: 1, operations: ['APPROVE'], onApprove: 'APPROVE_2', onReject: 'REJECTED' },
    { code: 'APPROVE_2', name: '局长审批', kind: 'APPROVAL', post: 'DIRECTOR', unit: 'BUREAU', level: 2, operations: ['APPROVE'], onApprove: 'RETURN_MAIL', onReject: 'REJECTED' },
    { code: 'RETURN_MAIL', name: '回寄证件', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'ACCEPTING_UNIT', operations: ['REGISTER_RETURN_MAIL'], next: 'DONE', sms: 'RETURN_MAILED' },
    { code: 'DONE', name: '办结', kind: 'END', outcome: 'COMPLETED', status: 'COMPLETED' },
    { code: 'REJECTED', name: '不予批准', kind: 'END', outcome: 'REJECTED' },
    { code: 'NOT_ACCEPTED', name: '不予受理', kind: 'END', outcome: 'REJECTED' },
    { code: 'CLOSED', name: '逾期未补正', kind: 'END', outcome: 'WITHDRAWN' },
  ],
};

export const sampleContext: FlowContext = {
  fields: [
    { code: 'DELIVERY', type: 'CHOICE', choices: ['WINDOW', 'EXPRESS'], label: '原件递交方式' },
    { code: 'ENDORSEMENT', type: 'CHOICE', choices: ['T', 'S', 'L', 'G', 'Q'], label: '签注种类' },
    { code: 'AGE', type: 'NUMBER', label: '年龄' },
    { code: 'DEPARTURE', type: 'DATE', label: '出发日期' },
    { code: 'URGENT', type: 'BOOLEAN', label: '是否加急' },
    { code: 'REMARK', type: 'TEXT', label: '备注' },
    { code: 'EXTRAS', type: 'MULTI_CHOICE', choices: ['HK', 'MO'], label: '前往地' },
    { code: 'DISTRICT', type: 'CHOICE' },
  ],
  operations: ['PRE_REVIEW', 'REQUEST_SUPPLEMENT', 'UPLOAD_SUPPLEMENT', 'ACCEPT', 'PAY', 'SUBMIT_EXPRESS_NUMBER', 'REVIEW', 'APPROVE', 'REGISTER_RETURN_MAIL'],
  posts: ['WINDOW', 'REVIEWER', 'SECTION_CHIEF', 'DIRECTOR'],
  statuses: ['PRE_REVIEWING', 'COMPLETED'],
  smsTemplates: ['SUPPLEMENT_REQUESTED', 'RETURN_MAILED'],
};

/** A copy of the sample flow with the node `code` changed by `change` (which may return a replacement). */
export function changed(code: string, change: (node: FlowNode) => FlowNode | undefined, flow: Flow = sampleFlow): Flow {
  const copy = structuredClone(flow);
  copy.nodes = copy.nodes.map((node) => (node.code === code ? (change(node) ?? node) : node));
  return copy;
}

/** The node `code` of a flow, narrowed to a kind, for tests that reach into it. */
export function nodeOf<K extends FlowNode['kind']>(flow: Flow, code: string, kind: K): Extract<FlowNode, { kind: K }> {
  const node = flow.nodes.find((n) => n.code === code);
  if (node?.kind !== kind) throw new Error(`no ${kind} node ${code}`);
  return node as Extract<FlowNode, { kind: K }>;
}
