import { sampleFlow } from '../flows/testing/sample-flow.js';
import { draftFixture } from '../testing/draft-fixture.js';
import { checkMaterials } from './check-materials.js';
import type { MaterialContent } from './draft-content.js';
import { draftProblems, flowFieldsOf } from './draft-problems.js';
import { type FormFieldInputValues, type MaterialInputValues, normalizeDraft } from './normalize-draft.js';

const business = { needsMaterials: true, needsApproval: true };
const content = (change: (draft: ReturnType<typeof draftFixture>) => void = () => {}) => {
  const draft = draftFixture();
  change(draft);
  return normalizeDraft({ fields: draft.fields as FormFieldInputValues[], materials: draft.materials as MaterialInputValues[], flow: draft.flow });
};
const found = (problems: Array<{ code: string; path: string }>) => problems.map((p) => [p.code, p.path]);

describe('the problems of a draft', () => {
  it('finds none in the fixture, whose flow decides on its own attributes', () => {
    expect(draftProblems(content(), business)).toEqual([]);
    expect(flowFieldsOf(content().fields).find((f) => f.code === 'DELIVERY')).toEqual({ code: 'DELIVERY', type: 'CHOICE', label: '原件递交方式', choices: ['WINDOW', 'EXPRESS'] });
  });

  it('checks the flow against the draft’s attributes: removing the one a decision reads is a flow problem', () => {
    const problems = draftProblems(content((d) => d.fields.splice(2, 1)), business);
    expect(found(problems)).toEqual([['FLOW_UNKNOWN_FIELD', 'flow.nodes[5].branches[0].subject.code']]);
    expect(problems[0].node).toBe('DELIVERY_CHECK');
  });

  it('holds the draft to the business: materials and approval nodes exactly when it asks for them, and no flow is a problem', () => {
    expect(found(draftProblems(content((d) => d.materials.splice(0)), business))).toEqual([['MATERIALS_MISMATCH', 'materials']]);
    expect(found(draftProblems(content(), { needsMaterials: false, needsApproval: false }))).toEqual([
      ['MATERIALS_MISMATCH', 'materials'],
      ['FLOW_APPROVAL_MISMATCH', 'flow.nodes[8]'],
    ]);
    const noApproval = { ...sampleFlow, nodes: sampleFlow.nodes.filter((n) => n.kind !== 'APPROVAL' && n.code !== 'REJECTED').map((n) => (n.code === 'REVIEW' ? { ...n, next: 'RETURN_MAIL' } : n)) };
    expect(found(draftProblems(content((d) => (d.flow = noApproval)), business))).toEqual([['FLOW_APPROVAL_MISMATCH', 'flow.nodes']]);
    expect(found(draftProblems(content((d) => (d.flow = null)), business))).toEqual([['FLOW_MISSING', 'flow']]);
  });

  it('refuses an operation of the other actor on a node (a citizen’s 缴费 at the officers’ 受理)', () => {
    const flow = structuredClone(sampleFlow);
    const accept = flow.nodes.find((n) => n.code === 'ACCEPT');
    if (accept?.kind !== 'TASK') throw new Error('ACCEPT is a task');
    accept.operations = ['ACCEPT', 'PAY'];
    const problems = draftProblems(content((d) => (d.flow = flow)), business);
    expect(found(problems)).toEqual([['FLOW_OPERATION_ACTOR', 'flow.nodes[2].operations[1]']]);
    expect(problems[0].message).toBe('节点「受理」（ACCEPT）由民警办理，不能绑定群众的操作「缴费」（PAY）');
  });

  it('lists a malformed flow’s shape problems under flow.', () => {
    expect(found(draftProblems(content((d) => (d.flow = { start: 'A', nodes: [{ code: 'A', kind: 'LOOP' }] })), business))).toEqual([['FLOW_MALFORMED', 'flow.nodes[0].kind']]);
  });
});

describe('the materials of a draft (材料配置)', () => {
  const material = (change: Partial<MaterialContent> = {}): MaterialContent => ({ order: 1, code: 'ID_CARD', name: '居民身份证', required: true, mode: 'UPLOAD', sizeLimitKb: 2048, description: null, ...change });

  it('needs a size limit exactly for what is uploaded, within 20 MB, and unique codes', () => {
    expect(checkMaterials([material(), material({ code: 'ORIGINAL', mode: 'CONFIRM', sizeLimitKb: null }), material({ code: 'PASS', mode: 'BOTH', sizeLimitKb: 20480 })])).toEqual([]);
    const problems = checkMaterials([
      material({ sizeLimitKb: null }),
      material({ code: 'ORIGINAL', mode: 'CONFIRM' }),
      material({ code: 'PASS', mode: 'BOTH', sizeLimitKb: 20481, name: '' }),
      material({ code: 'id-card' }),
      material(),
    ]);
    expect(found(problems)).toEqual([
      ['MATERIAL_INVALID', 'materials[0].sizeLimitKb'],
      ['MATERIAL_INVALID', 'materials[1].sizeLimitKb'],
      ['MATERIAL_INVALID', 'materials[2].name'],
      ['MATERIAL_INVALID', 'materials[2].sizeLimitKb'],
      ['MATERIAL_CODE_INVALID', 'materials[3].code'],
      ['MATERIAL_CODE_DUPLICATE', 'materials[4].code'],
    ]);
    expect(problems[0].message).toBe('材料「居民身份证」（ID_CARD）的大小限制未设置（需上传的材料须设置）');
  });
});
