import { sampleFlow } from '../flows/testing/sample-flow.js';

/**
 * A draft as the console would send it for an exit-entry endorsement: the attributes its sample flow decides on
 * (原件递交方式) and a few more, two materials, and the flow core's sample flow (with two approval levels).
 */
export const draftFixture = () => ({
  fields: [
    { order: 1, code: 'APPLICANT', label: '申请人姓名', length: 30, required: true, control: 'TEXT', validation: 'NAME', hint: '请填写身份证上的姓名' },
    { order: 2, code: 'ENDORSEMENT', label: '签注种类', length: 1, required: true, control: 'SELECT', choices: ['T', 'S', 'L', 'G', 'Q'].map((value) => ({ value, label: value })) },
    { order: 3, code: 'DELIVERY', label: '原件递交方式', length: 10, required: true, control: 'RADIO', defaultValue: 'WINDOW', choices: [{ value: 'WINDOW', label: '窗口递交' }, { value: 'EXPRESS', label: '快递寄送' }] },
  ],
  materials: [
    { order: 1, code: 'ID_CARD', name: '居民身份证正反面', required: true, mode: 'UPLOAD', sizeLimitKb: 2048 },
    { order: 2, code: 'PASS', name: '往来港澳通行证', required: true, mode: 'BOTH', sizeLimitKb: 2048, description: '原件于受理时递交' },
  ],
  flow: structuredClone(sampleFlow) as unknown,
});
