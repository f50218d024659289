import type { Flow, FlowNode } from './flow-definition.js';
import { FLOW_PROBLEM_CODES, type FlowProblem, type FlowProblemCode, FlowProblemCodes } from './flow-problems.js';
import { changed, nodeOf, sampleContext, sampleFlow } from './testing/sample-flow.js';
import { validateFlow } from './validate-flow.js';

/** The flow has exactly this one problem, its message naming the node by name and code. */
function expectOnly(problems: FlowProblem[], code: FlowProblemCode, node: { name: string; code: string }, path?: string) {
  expect(problems.map((p) => p.code)).toEqual([code]);
  expect(problems[0].message).toContain(`「${node.name}」（${node.code}）`);
  expect(problems[0].node).toBe(node.code);
  if (path) expect(problems[0].path).toBe(path);
}

const check = (flow: unknown) => validateFlow(flow, sampleContext);
const named = (flow: Flow, code: string) => flow.nodes.find((n) => n.code === code) as FlowNode;

describe('validateFlow: a realistic flow', () => {
  it('finds nothing in 预审 → 受理 → fee decision → 缴费 / skip → 审核 → two approval levels → 办结, with the 补正 loop back to 预审', () => {
    expect(check(sampleFlow)).toEqual([]);
  });

  it('lists every problem code with a Chinese description', () => {
    for (const code of FLOW_PROBLEM_CODES) {
      expect(code).toMatch(/^FLOW_[A-Z_]+$/);
      expect(FlowProblemCodes[code]).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('validateFlow: codes and references', () => {
  it('refuses two nodes with one code, naming the second', () => {
    const flow = structuredClone(sampleFlow);
    flow.nodes.push({ code: 'ACCEPT', name: '再次受理', kind: 'END', outcome: 'COMPLETED' });
    expectOnly(check(flow), 'FLOW_DUPLICATE_CODE', { name: '再次受理', code: 'ACCEPT' }, `nodes[${flow.nodes.length - 1}].code`);
    expect(check(flow)[0].message).toContain('「受理」');
  });

  it('refuses a start that is no node', () => {
    const problems = check({ ...sampleFlow, start: 'SUBMIT' });
    expect(problems.map((p) => [p.code, p.path])).toEqual([['FLOW_UNKNOWN_NODE', 'start']]);
    expect(problems[0].message).toContain('SUBMIT');
  });

  it('refuses a next step that is no node', () => {
    // 审核 stays reachable through the delivery decision's default; 邮寄原件 is not reported again as a dead end.
    const flow = changed('EXPRESS', (n) => ({ ...n, next: 'REVEIW' }) as FlowNode);
    expectOnly(check(flow), 'FLOW_UNKNOWN_NODE', named(flow, 'EXPRESS'), 'nodes[6].next');
    expect(check(flow)[0].message).toBe('节点「邮寄原件」（EXPRESS）的下一节点 REVEIW 不存在');
  });

  it('refuses an approval outcome and a decision default that are no node, each on its own', () => {
    const flow = changed('APPROVE_1', (n) => ({ ...n, onReject: 'NOPE' }) as FlowNode, changed('FEE_CHECK', (n) => ({ ...n, defaultNext: 'GONE' }) as FlowNode));
    expect(check(flow).map((p) => [p.code, p.path])).toEqual([
      ['FLOW_UNKNOWN_NODE', 'nodes[3].defaultNext'],
      ['FLOW_UNKNOWN_NODE', 'nodes[8].onReject'],
    ]);
  });

  it('refuses a jump to no node, but takes * as any node', () => {
    const flow = changed('PRE_REVIEW', (n) => ({ ...n, jumps: ['SUPPLEMENT', 'NOT_ACCEPTED', 'ARCHIVE'] }));
    expectOnly(check(flow), 'FLOW_UNKNOWN_NODE', named(flow, 'PRE_REVIEW'), 'nodes[0].jumps[2]');
    expect(check(changed('ACCEPT', (n) => ({ ...n, jumps: ['*'] })))).toEqual([]);
  });

  it('refuses a jump to a decision, or to the node itself', () => {
    expectOnly(check(changed('PAY', (n) => ({ ...n, jumps: ['FEE_CHECK'] }))), 'FLOW_BAD_JUMP', { name: '缴费', code: 'PAY' }, 'nodes[4].jumps[0]');
    expectOnly(check(changed('PAY', (n) => ({ ...n, jumps: ['PAY'] }))), 'FLOW_BAD_JUMP', { name: '缴费', code: 'PAY' });
  });
});

describe('validateFlow: paths', () => {
  it('refuses a node nothing leads to, counting a jump that names it as a way in, but not *', () => {
    const flow = structuredClone(sampleFlow);
    flow.nodes.push({ code: 'ARCHIVE', name: '归档', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'BUREAU', operations: [], next: 'DONE' });
    expectOnly(check(flow), 'FLOW_NODE_UNREACHABLE', { name: '归档', code: 'ARCHIVE' });
    // 补正 is reached only by 预审's jump: without it, it is unreachable.
    const noJump = changed('PRE_REVIEW', (n) => ({ ...n, jumps: ['NOT_ACCEPTED'] }));
    expect(check(noJump).map((p) => [p.code, p.node])).toEqual([
      ['FLOW_NODE_UNREACHABLE', 'SUPPLEMENT'],
      ['FLOW_NODE_UNREACHABLE', 'CLOSED'],
    ]);
    // Nor is a node only `*` could reach: 审核 may jump anywhere, 归档 is still forgotten.
    expect(check(flow).find((p) => p.node === 'ARCHIVE')?.message).toBe('节点「归档」（ARCHIVE）从开始节点无法到达');
  });

  it('refuses a flow without an END', () => {
    const flow: Flow = {
      start: 'A',
      nodes: [
        { code: 'A', name: '受理', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'ACCEPTING_UNIT', operations: [], next: 'B' },
        { code: 'B', name: '审核', kind: 'TASK', actor: 'OFFICER', post: 'REVIEWER', unit: 'ACCEPTING_UNIT', operations: [], next: 'A' },
      ],
    };
    expect(check(flow).map((p) => [p.code, p.path])).toEqual([['FLOW_NO_END', 'nodes']]);
  });

  it('refuses a loop without an exit, naming each node that cannot get out, but accepts the 补正 loop that has one', () => {
    // 审核 sends back to 受理 instead of on to the approvals: 受理 → … → 审核 → 受理 never ends.
    const flow = changed('REVIEW', (n) => ({ ...n, next: 'ACCEPT', jumps: [] }) as FlowNode);
    const problems = check(flow);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['FLOW_NO_EXIT', 'FLOW_NODE_UNREACHABLE']));
    const stuck = problems.filter((p) => p.code === 'FLOW_NO_EXIT').map((p) => p.node);
    // 补正 still leaves by its 7-day timeout.
    expect(stuck).toEqual(['PRE_REVIEW', 'ACCEPT', 'FEE_CHECK', 'PAY', 'DELIVERY_CHECK', 'EXPRESS', 'REVIEW']);
    expect(problems.find((p) => p.node === 'REVIEW')?.message).toMatch(/「审核」（REVIEW）所在的循环没有出口/);
  });

  it('does not count a jump as an exit: a loop left only by an officer’s hand has none', () => {
    const flow = changed('SUPPLEMENT', (n) => ({ ...n, onTimeout: undefined, next: 'SUPPLEMENT', jumps: ['CLOSED'] }) as FlowNode);
    expectOnly(check(flow), 'FLOW_NO_EXIT', { name: '补正材料', code: 'SUPPLEMENT' }, 'nodes[1]');
  });

  it('refuses an END with a way out', () => {
    expectOnly(check(changed('DONE', (n) => ({ ...n, jumps: ['REVIEW'] }))), 'FLOW_END_HAS_EDGES', { name: '办结', code: 'DONE' }, 'nodes[11].jumps');
  });

  it('refuses a timeout on a task without a deadline', () => {
    const flow = changed('SUPPLEMENT', (n) => ({ ...n, deadlineDays: undefined }) as FlowNode);
    expectOnly(check(flow), 'FLOW_TIMEOUT_WITHOUT_DEADLINE', { name: '补正材料', code: 'SUPPLEMENT' });
  });

  it('refuses decisions that lead back to each other, which would route for ever', () => {
    const flow = changed('DELIVERY_CHECK', (n) => ({ ...n, defaultNext: 'FEE_CHECK' }) as FlowNode);
    const problems = check(flow);
    expect(problems.map((p) => [p.code, p.node])).toEqual([
      ['FLOW_DECISION_LOOP', 'FEE_CHECK'],
      ['FLOW_DECISION_LOOP', 'DELIVERY_CHECK'],
    ]);
    expect(problems[1].message).toContain('判断节点「原件递交方式」（DELIVERY_CHECK）');
  });
});

describe('validateFlow: catalogues', () => {
  it('refuses a post that is not in the catalogue', () => {
    expectOnly(check(changed('REVIEW', (n) => ({ ...n, post: 'AUDITOR' }) as FlowNode)), 'FLOW_UNKNOWN_POST', { name: '审核', code: 'REVIEW' }, 'nodes[7].post');
    expectOnly(check(changed('APPROVE_2', (n) => ({ ...n, post: 'MAYOR' }) as FlowNode)), 'FLOW_UNKNOWN_POST', { name: '局长审批', code: 'APPROVE_2' });
  });

  it('refuses an operation that is not in the catalogue', () => {
    const flow = changed('PAY', (n) => ({ ...n, operations: ['PAY', 'PAY_CASH'] }) as FlowNode);
    expectOnly(check(flow), 'FLOW_UNKNOWN_OPERATION', { name: '缴费', code: 'PAY' }, 'nodes[4].operations[1]');
    expect(check(flow)[0].message).toContain('PAY_CASH');
  });

  it('refuses a status or an SMS template that is not configured, when the catalogues are given', () => {
    const flow = changed('DONE', (n) => ({ ...n, status: 'ARCHIVED' }) as FlowNode, changed('PAY', (n) => ({ ...n, sms: 'PAID' }) as FlowNode));
    expect(check(flow).map((p) => [p.code, p.node])).toEqual([
      ['FLOW_UNKNOWN_SMS_TEMPLATE', 'PAY'],
      ['FLOW_UNKNOWN_STATUS', 'DONE'],
    ]);
    expect(validateFlow(flow, { ...sampleContext, statuses: undefined, smsTemplates: undefined })).toEqual([]);
  });
});

describe('validateFlow: shape and order', () => {
  it('reports a malformed definition as FLOW_MALFORMED, naming the node and the field in Chinese', () => {
    const flow = structuredClone(sampleFlow) as unknown as { nodes: Record<string, unknown>[] };
    flow.nodes[2].code = 'accept';
    delete flow.nodes[7].post;
    const problems = check(flow);
    expect(problems.map((p) => [p.code, p.path, p.node])).toEqual([
      ['FLOW_MALFORMED', 'nodes[2].code', 'accept'],
      ['FLOW_MALFORMED', 'nodes[7].post', 'REVIEW'],
    ]);
    expect(problems[0].message).toMatch(/^节点「受理」（accept）的「编码」：节点编码须以大写字母开头/);
    expect(problems[1].message).toBe('节点「审核」（REVIEW）的「岗位」：未填写');
    expect(check('not a flow')[0].code).toBe('FLOW_MALFORMED');
  });

  it('reports every problem at once, in the same order each time: by rule, then by node', () => {
    const flow = changed('REVIEW', (n) => ({ ...n, post: 'AUDITOR' }) as FlowNode, changed('PAY', (n) => ({ ...n, operations: ['PAY_CASH'] }) as FlowNode));
    nodeOf(flow, 'FEE_CHECK', 'DECISION').branches[0].value = '免费';
    flow.nodes.push({ code: 'ARCHIVE', name: '归档', kind: 'TASK', actor: 'OFFICER', post: 'WINDOW', unit: 'BUREAU', operations: [], next: 'DONE' });
    const first = check(flow);
    expect(first.map((p) => [p.code, p.node])).toEqual([
      ['FLOW_NODE_UNREACHABLE', 'ARCHIVE'],
      ['FLOW_BAD_VALUE', 'FEE_CHECK'],
      ['FLOW_UNKNOWN_OPERATION', 'PAY'],
      ['FLOW_UNKNOWN_POST', 'REVIEW'],
    ]);
    expect(check(structuredClone(flow))).toEqual(first);
  });
});
