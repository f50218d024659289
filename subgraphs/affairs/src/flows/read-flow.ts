import { type core, z } from 'zod';
import { type Flow, FlowSchema } from './flow-definition.js';
import { type FlowProblem, pathOf, problem } from './flow-problems.js';

export type ReadFlow = { ok: true; flow: Flow } | { ok: false; problems: FlowProblem[] };

/** The definition's keys as the console labels them, so that a shape error reads like the form. */
const LABELS: Record<string, string> = {
  start: '开始节点',
  nodes: '节点',
  code: '编码',
  name: '名称',
  kind: '节点类型',
  actor: '办理人',
  post: '岗位',
  unit: '办理单位',
  operations: '操作功能',
  deadlineDays: '办理时限（工作日）',
  next: '下一节点',
  onTimeout: '逾期去向',
  level: '审批级别',
  onApprove: '审批通过后的去向',
  onReject: '审批不通过后的去向',
  branches: '判断条件',
  subject: '判断对象',
  operator: '运算关系符',
  value: '判断值',
  defaultNext: '默认去向',
  outcome: '结束方式',
  jumps: '可跳转节点',
  status: '业务状态',
  sms: '短信模板',
};

const zhCN = z.locales.zhCN();

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);

function describe(issue: core.$ZodIssue, input: unknown): string {
  const options = (issue as { options?: unknown[] }).options;
  if (issue.code === 'invalid_union' && Array.isArray(options)) return `取值不正确，应为 ${options.join('、')} 之一`;
  if (issue.code === 'invalid_type' && issue.path.length && valueAt(input, issue.path) === undefined) return '未填写';
  return issue.message;
}

/** Who the issue is about: the node (by its name and code when they can be read), or the flow. */
function whereOf(path: readonly PropertyKey[], input: unknown): { where: string; node: string | null } {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return { where: '流程', node: null };
  const raw = (input as { nodes?: unknown[] }).nodes?.[path[1]] as { name?: unknown; code?: unknown } | undefined;
  const code = typeof raw?.code === 'string' ? raw.code : null;
  const name = typeof raw?.name === 'string' && raw.name.trim() ? raw.name.trim() : null;
  return { where: name && code ? `节点「${name}」（${code}）` : `第 ${path[1] + 1} 个节点`, node: code };
}

/**
 * The definition as sent by the console, checked for shape: either the typed flow, or every shape problem as
 * FLOW_MALFORMED (the other rules need a well-formed flow to be checked at all).
 */
export function readFlow(input: unknown): ReadFlow {
  const parsed = FlowSchema.safeParse(input, { error: zhCN.localeError });
  if (parsed.success) return { ok: true, flow: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const { where, node } = whereOf(issue.path, input);
    const key = [...issue.path].reverse().find((part): part is string => typeof part === 'string' && part !== 'nodes');
    const field = key && LABELS[key] ? `的「${LABELS[key]}」` : '';
    const path = pathOf(...issue.path.map((part) => (typeof part === 'number' ? part : String(part))));
    return problem('FLOW_MALFORMED', `${where}${field}：${describe(issue, input)}`, path, node);
  });
  return { ok: false, problems };
}
