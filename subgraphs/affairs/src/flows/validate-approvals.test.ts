import type { FlowNode } from './flow-definition.js';
import { changed, sampleContext, sampleFlow } from './testing/sample-flow.js';
import { validateFlow } from './validate-flow.js';

const check = (flow: unknown) => validateFlow(flow, sampleContext);

describe('validateFlow: approval levels', () => {
  it('refuses a level-2 approval entered other than by a level-1 approval approving', () => {
    // 审核 goes straight to 局长审批: 科长审批 is skipped.
    const flow = changed('REVIEW', (n) => ({ ...n, next: 'APPROVE_2', jumps: ['APPROVE_1'] }) as FlowNode);
    const problems = check(flow);
    expect(problems.map((p) => [p.code, p.path, p.node])).toEqual([['FLOW_APPROVAL_LEVEL_GAP', 'nodes[7].next', 'APPROVE_2']]);
    expect(problems[0].message).toBe('审批节点「局长审批」（APPROVE_2）是第 2 级审批，只能在第 1 级审批通过后进入，但节点「审核」（REVIEW）办理完成后会进入它');
  });

  it('refuses a level-2 approval entered when the level 1 refuses', () => {
    const flow = changed('APPROVE_1', (n) => ({ ...n, onReject: 'APPROVE_2' }) as FlowNode);
    const problems = check(flow);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['FLOW_APPROVAL_LEVEL_GAP', 'nodes[8].onReject']]);
    expect(problems[0].message).toContain('科长审批」（APPROVE_1）审批不通过后会进入它');
  });

  it('refuses levels that skip one (1 → 3) or go back (2 → 1) along the approvals', () => {
    const skip = changed('APPROVE_2', (n) => ({ ...n, level: 3 }) as FlowNode);
    expect(check(skip).map((p) => [p.code, p.node])).toEqual([['FLOW_APPROVAL_LEVEL_GAP', 'APPROVE_2']]);
    expect(check(skip)[0].message).toContain('第 3 级审批，只能在第 2 级审批通过后进入，但审批节点「科长审批」（APPROVE_1）审批通过后会进入它');
    const back = changed('APPROVE_2', (n) => ({ ...n, level: 1 }) as FlowNode);
    expect(check(back).map((p) => [p.code, p.path, p.node])).toEqual([['FLOW_APPROVAL_LEVEL_GAP', 'nodes[8].onApprove', 'APPROVE_1']]);
    expect(check(back)[0].message).toBe('审批节点「科长审批」（APPROVE_1）是第 1 级审批，通过后应进入第 2 级审批，而不是第 1 级的审批节点「局长审批」（APPROVE_2）');
  });

  it('looks through decisions: a level 2 only above some fee is fine, reached from anything else it is not', () => {
    const bigFee = structuredClone(sampleFlow);
    bigFee.nodes.push({ code: 'BIG_FEE', name: '是否大额', kind: 'DECISION', branches: [{ subject: { kind: 'FEE' }, operator: 'GE', value: '100000', next: 'APPROVE_2' }], defaultNext: 'RETURN_MAIL' });
    const viaDecision = changed('APPROVE_1', (n) => ({ ...n, onApprove: 'BIG_FEE' }) as FlowNode, bigFee);
    expect(check(viaDecision)).toEqual([]);
    const fromTask = changed('ACCEPT', (n) => ({ ...n, next: 'BIG_FEE' }) as FlowNode, viaDecision);
    const problems = check(fromTask).filter((p) => p.code === 'FLOW_APPROVAL_LEVEL_GAP');
    expect(problems.map((p) => [p.path, p.node])).toEqual([['nodes[2].next', 'APPROVE_2']]);
    expect(problems[0].message).toContain('但节点「受理」（ACCEPT）办理完成后会进入它');
  });

  it('lets each level name its own post, and does not check an officer’s jump', () => {
    // The sample: 科长 (SECTION_CHIEF) at level 1, 局长 (DIRECTOR) at level 2, and 审核 may jump anywhere, 局长审批 included.
    expect(check(sampleFlow)).toEqual([]);
    const samePost = changed('APPROVE_2', (n) => ({ ...n, post: 'SECTION_CHIEF' }) as FlowNode);
    expect(check(samePost)).toEqual([]);
  });
});
