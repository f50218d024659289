import type { Flow, FlowNode } from './flow-definition.js';
import { advance, enter, FlowRouteError, jump } from './route.js';
import { changed, sampleFlow } from './testing/sample-flow.js';

const app = (feeFen: number, DELIVERY: string | null = 'WINDOW') => ({ feeFen, fields: { DELIVERY } });

describe('advance', () => {
  it('skips payment when the fee is 0, passing both decisions in a row and recording them in order', () => {
    expect(advance(sampleFlow, 'ACCEPT', 'DONE', app(0))).toEqual({ stop: 'REVIEW', passed: ['FEE_CHECK', 'DELIVERY_CHECK'] });
    expect(advance(sampleFlow, 'ACCEPT', 'DONE', app(0, 'EXPRESS'))).toEqual({ stop: 'EXPRESS', passed: ['FEE_CHECK', 'DELIVERY_CHECK'] });
  });

  it('stops at payment when there is a fee, and goes on through the delivery decision once paid', () => {
    expect(advance(sampleFlow, 'ACCEPT', 'DONE', app(1500))).toEqual({ stop: 'PAY', passed: ['FEE_CHECK'] });
    expect(advance(sampleFlow, 'PAY', 'DONE', app(1500, 'EXPRESS'))).toEqual({ stop: 'EXPRESS', passed: ['DELIVERY_CHECK'] });
  });

  it('follows a task’s next step, the approvals’ outcomes, and a citizen task’s timeout', () => {
    expect(advance(sampleFlow, 'PRE_REVIEW', 'DONE', app(0))).toEqual({ stop: 'ACCEPT', passed: [] });
    expect(advance(sampleFlow, 'APPROVE_1', 'APPROVED', app(0)).stop).toBe('APPROVE_2');
    expect(advance(sampleFlow, 'APPROVE_1', 'REJECTED', app(0)).stop).toBe('REJECTED');
    expect(advance(sampleFlow, 'APPROVE_2', 'APPROVED', app(0)).stop).toBe('RETURN_MAIL');
    expect(advance(sampleFlow, 'RETURN_MAIL', 'DONE', app(0)).stop).toBe('DONE');
    expect(advance(sampleFlow, 'SUPPLEMENT', 'TIMED_OUT', app(0)).stop).toBe('CLOSED');
    expect(advance(sampleFlow, 'SUPPLEMENT', 'DONE', app(0)).stop).toBe('PRE_REVIEW');
  });

  it('refuses an outcome the node does not have, and a node that is not in the flow', () => {
    expect(() => advance(sampleFlow, 'ACCEPT', 'APPROVED', app(0))).toThrow(FlowRouteError);
    expect(() => advance(sampleFlow, 'APPROVE_1', 'DONE', app(0))).toThrow(/APPROVAL node APPROVE_1 cannot be left with DONE/);
    expect(() => advance(sampleFlow, 'ACCEPT', 'TIMED_OUT', app(0))).toThrow(FlowRouteError);
    expect(() => advance(sampleFlow, 'DONE', 'DONE', app(0))).toThrow(FlowRouteError);
    expect(() => advance(sampleFlow, 'FEE_CHECK', 'DONE', app(0))).toThrow(FlowRouteError);
    expect(() => advance(sampleFlow, 'ARCHIVE', 'DONE', app(0))).toThrow(/no node ARCHIVE/);
  });

  it('throws on decisions that loop (a flow validateFlow refuses) instead of hanging', () => {
    const looping = changed('DELIVERY_CHECK', (n) => ({ ...n, defaultNext: 'FEE_CHECK' }) as FlowNode);
    expect(() => advance(looping, 'ACCEPT', 'DONE', app(0))).toThrow(/decisions loop: FEE_CHECK → DELIVERY_CHECK → FEE_CHECK/);
  });
});

describe('enter', () => {
  it('starts at the start node, or where the decisions at the start lead', () => {
    expect(enter(sampleFlow, app(0))).toEqual({ stop: 'PRE_REVIEW', passed: [] });
    const feeFirst: Flow = { ...sampleFlow, start: 'FEE_CHECK' };
    expect(enter(feeFirst, app(0, 'EXPRESS'))).toEqual({ stop: 'EXPRESS', passed: ['FEE_CHECK', 'DELIVERY_CHECK'] });
  });
});

describe('jump', () => {
  it('allows the jumps a node lists, and any for *', () => {
    expect(jump(sampleFlow, 'PRE_REVIEW', 'SUPPLEMENT')).toEqual({ allowed: true });
    expect(jump(sampleFlow, 'REVIEW', 'PRE_REVIEW')).toEqual({ allowed: true });
    expect(jump(sampleFlow, 'REVIEW', 'NOT_ACCEPTED')).toEqual({ allowed: true });
  });

  it('refuses, with the reason, a jump the node does not list, to a decision, to itself, from an end, or to no node', () => {
    expect(jump(sampleFlow, 'PRE_REVIEW', 'REVIEW')).toEqual({ allowed: false, reason: '节点「预审」（PRE_REVIEW）不允许跳转到节点「审核」（REVIEW）' });
    expect(jump(sampleFlow, 'REVIEW', 'FEE_CHECK')).toEqual({ allowed: false, reason: '不能跳转到判断节点「是否收费」（FEE_CHECK）：判断节点由流程自动经过' });
    expect(jump(sampleFlow, 'REVIEW', 'REVIEW')).toMatchObject({ allowed: false });
    expect(jump(sampleFlow, 'DONE', 'REVIEW')).toEqual({ allowed: false, reason: '申请已办理结束，不能再跳转' });
    expect(jump(sampleFlow, 'REVIEW', 'ARCHIVE')).toEqual({ allowed: false, reason: '节点 ARCHIVE 不存在' });
    expect(jump(sampleFlow, 'ACCEPT', 'PRE_REVIEW')).toMatchObject({ allowed: false });
  });
});
