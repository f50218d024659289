import type { DecisionBranch, FlowNode, Operator } from './flow-definition.js';
import { changed, sampleContext } from './testing/sample-flow.js';
import { validateFlow } from './validate-flow.js';

/** The sample flow with the fee decision's only condition replaced by `branch` (next: PAY). */
const withCondition = (subject: DecisionBranch['subject'], operator: Operator, value?: string) =>
  changed('FEE_CHECK', (n) => ({ ...n, branches: [{ subject, operator, value, next: 'PAY' }] }) as FlowNode);
const field = (code: string) => ({ kind: 'FIELD' as const, code });
const FEE = { kind: 'FEE' as const };

const problemsOf = (subject: DecisionBranch['subject'], operator: Operator, value?: string) => validateFlow(withCondition(subject, operator, value), sampleContext);
const codesOf = (subject: DecisionBranch['subject'], operator: Operator, value?: string) => problemsOf(subject, operator, value).map((p) => p.code);

describe('validateFlow: decisions', () => {
  it('refuses a decision without a default branch', () => {
    const flow = changed('DELIVERY_CHECK', (n) => ({ ...n, defaultNext: undefined }) as FlowNode);
    const problems = validateFlow(flow, sampleContext);
    expect(problems.map((p) => [p.code, p.path, p.node])).toEqual([['FLOW_DECISION_NO_DEFAULT', 'nodes[5].defaultNext', 'DELIVERY_CHECK']]);
    expect(problems[0].message).toBe('判断节点「原件递交方式」（DELIVERY_CHECK）没有默认分支（条件都不满足时的去向）');
  });

  it('refuses a decision without a condition', () => {
    const flow = changed('FEE_CHECK', (n) => ({ ...n, branches: [] }) as FlowNode);
    const problems = validateFlow(flow, sampleContext);
    // 缴费 is reached by the condition only: without it, it is unreachable too.
    expect(problems.map((p) => [p.code, p.node])).toEqual([
      ['FLOW_NODE_UNREACHABLE', 'PAY'],
      ['FLOW_DECISION_NO_BRANCH', 'FEE_CHECK'],
    ]);
    expect(problems[1].message).toContain('判断节点「是否收费」（FEE_CHECK）');
  });

  it('refuses a subject that is not an attribute of the business', () => {
    const problems = problemsOf(field('PASSPORT_NO'), 'NOT_EMPTY');
    expect(problems.map((p) => [p.code, p.path])).toEqual([['FLOW_UNKNOWN_FIELD', 'nodes[3].branches[0].subject.code']]);
    expect(problems[0].message).toBe('判断节点「是否收费」（FEE_CHECK）的第 1 个判断条件：判断对象 PASSPORT_NO 不是本业务的属性');
  });

  it.each<[string, DecisionBranch['subject'], Operator, string]>([
    ['ordering text', field('REMARK'), 'GT', 'a'],
    ['ordering a choice', field('ENDORSEMENT'), 'LT', 'S'],
    ['IN on a number', field('AGE'), 'IN', '1,2'],
    ['CONTAINS on a date', field('DEPARTURE'), 'CONTAINS', '2026'],
    ['EQ on a multiple choice', field('EXTRAS'), 'EQ', 'HK'],
    ['CONTAINS on yes / no', field('URGENT'), 'CONTAINS', 'true'],
    ['EMPTY on the fee', FEE, 'EMPTY', ''],
    ['IN on the fee', FEE, 'IN', '0,100'],
  ])('refuses an operator that does not suit the type: %s', (_, subject, operator, value) => {
    const problems = problemsOf(subject, operator, value);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['FLOW_BAD_OPERATOR', 'nodes[3].branches[0].operator']]);
    expect(problems[0].message).toContain('判断节点「是否收费」（FEE_CHECK）的第 1 个判断条件');
  });

  it.each<[string, DecisionBranch['subject'], Operator, string | undefined]>([
    ['GE on a number', field('AGE'), 'GE', '18'],
    ['a decimal number', field('AGE'), 'LT', '16.5'],
    ['a date', field('DEPARTURE'), 'LE', '2026-02-28'],
    ['the fee in fen', FEE, 'GT', '1500'],
    ['IN on a choice, with a comma list', field('ENDORSEMENT'), 'IN', 'T, S'],
    ['NOT_IN with a Chinese comma', field('ENDORSEMENT'), 'NOT_IN', 'T，S'],
    ['EQ on a choice', field('DELIVERY'), 'EQ', 'WINDOW'],
    ['any value of a dictionary choice', field('DISTRICT'), 'EQ', '411002'],
    ['CONTAINS on a multiple choice', field('EXTRAS'), 'CONTAINS', 'MO'],
    ['CONTAINS on text', field('REMARK'), 'CONTAINS', '加急'],
    ['EQ on yes / no', field('URGENT'), 'EQ', 'true'],
    ['EMPTY on any attribute, without a value', field('EXTRAS'), 'EMPTY', undefined],
    ['NOT_EMPTY with an empty value', field('DEPARTURE'), 'NOT_EMPTY', ''],
  ])('accepts %s', (_, subject, operator, value) => {
    expect(problemsOf(subject, operator, value)).toEqual([]);
  });

  it.each<[string, DecisionBranch['subject'], Operator, string | undefined, RegExp]>([
    ['a number that is not one', field('AGE'), 'GT', '十八', /判断值「十八」不是数字/],
    ['a date that is not ISO', field('DEPARTURE'), 'GT', '2026/02/28', /不是日期，格式应为 2026-01-31/],
    ['a date that does not exist', field('DEPARTURE'), 'GT', '2026-02-30', /不是日期/],
    ['a fee in yuan', FEE, 'GT', '15.5', /以分计的非负整数/],
    ['a negative fee', FEE, 'GE', '-1', /以分计的非负整数/],
    ['a choice that is not one', field('DELIVERY'), 'EQ', 'POST', /判断值「POST」不是可选值（WINDOW、EXPRESS）之一/],
    ['one item of an IN list that is not a choice', field('ENDORSEMENT'), 'IN', 'T,X', /判断值「X」不是可选值/],
    ['an empty IN list', field('ENDORSEMENT'), 'IN', ' , ', /没有填写可选值列表/],
    ['a multiple choice that is not one', field('EXTRAS'), 'CONTAINS', 'TW', /判断值「TW」不是可选值/],
    ['yes / no written otherwise', field('URGENT'), 'EQ', '是', /须为 true（是）或 false（否）/],
    ['no value where one is needed', field('REMARK'), 'EQ', undefined, /没有填写判断值/],
    ['a value for EMPTY', field('REMARK'), 'EMPTY', '无', /「为空」不需要判断值/],
  ])('refuses a value that does not parse for the type: %s', (_, subject, operator, value, reason) => {
    const problems = problemsOf(subject, operator, value);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['FLOW_BAD_VALUE', 'nodes[3].branches[0].value']]);
    expect(problems[0].message).toMatch(/^判断节点「是否收费」（FEE_CHECK）的第 1 个判断条件：/);
    expect(problems[0].message).toMatch(reason);
  });

  it('names the attribute by its label and lists the operators that would do', () => {
    const [problem] = problemsOf(field('ENDORSEMENT'), 'GT', 'T');
    expect(problem.message).toBe('判断节点「是否收费」（FEE_CHECK）的第 1 个判断条件：「签注种类」是单选类型，不能使用「>」，可使用「=」「≠」「属于」「不属于」「为空」「不为空」');
  });

  it('checks every condition of a decision, each at its own path', () => {
    const flow = changed('FEE_CHECK', (n) => ({
      ...n,
      branches: [
        { subject: FEE, operator: 'GT', value: '0', next: 'PAY' },
        { subject: field('AGE'), operator: 'CONTAINS', value: '1', next: 'PAY' },
        { subject: field('NOPE'), operator: 'EQ', value: '1', next: 'PAY' },
        { subject: field('URGENT'), operator: 'EQ', value: 'yes', next: 'PAY' },
      ],
    }) as FlowNode);
    expect(validateFlow(flow, sampleContext).map((p) => [p.code, p.path])).toEqual([
      ['FLOW_BAD_OPERATOR', 'nodes[3].branches[1].operator'],
      ['FLOW_UNKNOWN_FIELD', 'nodes[3].branches[2].subject.code'],
      ['FLOW_BAD_VALUE', 'nodes[3].branches[3].value'],
    ]);
    expect(codesOf(FEE, 'LE', '0')).toEqual([]);
  });
});
