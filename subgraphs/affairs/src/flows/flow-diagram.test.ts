import type { FlowNode } from './flow-definition.js';
import { describeCondition, flowDiagram } from './flow-diagram.js';
import { changed, sampleContext, sampleFlow } from './testing/sample-flow.js';

const diagram = flowDiagram(sampleFlow, { fields: sampleContext.fields });
const edgesFrom = (code: string) => diagram.edges.filter((e) => e.from === code).map((e) => [e.to, e.label, e.kind]);

describe('flowDiagram', () => {
  it('draws every node once, with its name, kind and who acts where', () => {
    expect(diagram.nodes.map((n) => n.id)).toEqual(sampleFlow.nodes.map((n) => n.code));
    expect(diagram.nodes.find((n) => n.id === 'PRE_REVIEW')).toEqual({ id: 'PRE_REVIEW', label: '预审', kind: 'TASK', detail: '民警 · WINDOW · 受理单位 · 2 个工作日', start: true, jumpsToAny: false });
    expect(diagram.nodes.find((n) => n.id === 'PAY')?.detail).toBe('群众 · 7 个工作日');
    expect(diagram.nodes.find((n) => n.id === 'APPROVE_2')?.detail).toBe('第 2 级审批 · DIRECTOR · 市局');
    expect(diagram.nodes.find((n) => n.id === 'CLOSED')).toMatchObject({ kind: 'END', detail: '撤回', start: false });
    expect(diagram.nodes.filter((n) => n.start).map((n) => n.id)).toEqual(['PRE_REVIEW']);
  });

  it('labels approvals 通过 / 不通过 and decisions by their condition, the default as 其他', () => {
    expect(edgesFrom('APPROVE_1')).toEqual([
      ['APPROVE_2', '通过', 'APPROVE'],
      ['REJECTED', '不通过', 'REJECT'],
    ]);
    expect(edgesFrom('FEE_CHECK')).toEqual([
      ['PAY', '费用 > 0 元', 'BRANCH'],
      ['DELIVERY_CHECK', '其他', 'DEFAULT'],
    ]);
    expect(edgesFrom('DELIVERY_CHECK')[0]).toEqual(['EXPRESS', '原件递交方式 = EXPRESS', 'BRANCH']);
  });

  it('draws a task’s next step unlabelled, its timeout, and the jumps it names; * is a mark, not an edge to every node', () => {
    expect(edgesFrom('ACCEPT')).toEqual([['FEE_CHECK', '', 'NEXT']]);
    expect(edgesFrom('SUPPLEMENT')).toEqual([
      ['PRE_REVIEW', '', 'NEXT'],
      ['CLOSED', '逾期（7 个工作日）', 'TIMEOUT'],
    ]);
    expect(edgesFrom('PRE_REVIEW')).toEqual([
      ['ACCEPT', '', 'NEXT'],
      ['SUPPLEMENT', '跳转', 'JUMP'],
      ['NOT_ACCEPTED', '跳转', 'JUMP'],
    ]);
    expect(diagram.nodes.find((n) => n.id === 'REVIEW')?.jumpsToAny).toBe(true);
    expect(edgesFrom('REVIEW')).toEqual([['APPROVE_1', '', 'NEXT']]);
    expect(edgesFrom('DONE')).toEqual([]);
  });

  it('draws a draft: an edge to a node that does not exist is left out, a duplicate code drawn once', () => {
    const draft = changed('ACCEPT', (n) => ({ ...n, next: 'NOWHERE' }) as FlowNode);
    draft.nodes.push({ code: 'DONE', name: '办结（重复）', kind: 'END', outcome: 'COMPLETED' });
    const drawn = flowDiagram(draft);
    expect(drawn.edges.filter((e) => e.from === 'ACCEPT')).toEqual([]);
    expect(drawn.nodes.filter((n) => n.id === 'DONE').map((n) => n.label)).toEqual(['办结']);
  });
});

describe('describeCondition', () => {
  const fields = sampleContext.fields;
  it('writes a condition out as an officer reads it', () => {
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'ENDORSEMENT' }, operator: 'IN', value: 'T,S', next: 'X' }, fields)).toBe('签注种类 属于 T、S');
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'ENDORSEMENT' }, operator: 'NOT_IN', value: 'G', next: 'X' }, fields)).toBe('签注种类 不属于 G');
    expect(describeCondition({ subject: { kind: 'FEE' }, operator: 'GE', value: '1550', next: 'X' })).toBe('费用 ≥ 15.50 元');
    expect(describeCondition({ subject: { kind: 'FEE' }, operator: 'EQ', value: '4500', next: 'X' })).toBe('费用 = 45 元');
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'URGENT' }, operator: 'EQ', value: 'true', next: 'X' }, fields)).toBe('是否加急 = 是');
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'EXTRAS' }, operator: 'EMPTY', next: 'X' }, fields)).toBe('前往地 为空');
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'AGE' }, operator: 'LT', value: '16', next: 'X' }, fields)).toBe('年龄 < 16');
  });

  it('names an attribute without a label by its code', () => {
    expect(describeCondition({ subject: { kind: 'FIELD', code: 'DISTRICT' }, operator: 'EQ', value: '411002', next: 'X' }, fields)).toBe('DISTRICT = 411002');
  });
});
