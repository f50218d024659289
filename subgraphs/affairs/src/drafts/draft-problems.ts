import { OPERATION_CODES, POST_CODES } from '../catalogues/flow-catalogues.js';
import { type FlowContext, type FlowField, readFlow, validateFlow } from '../flows/index.js';
import { checkFields, FIELD_CODE } from './check-fields.js';
import { checkFlowFit } from './check-flow-fit.js';
import { checkMaterials } from './check-materials.js';
import { type DraftContent, FIELD_TYPE_OF, type FormFieldContent } from './draft-content.js';
import { type DraftProblem, draftProblem, inDraft } from './draft-problem.js';

/** What of a business the draft must agree with. */
export interface DraftBusiness {
  needsMaterials: boolean;
  needsApproval: boolean;
}

/** The attributes as the flow's decisions and the diagram see them: the first of each well-formed code. */
export function flowFieldsOf(fields: readonly FormFieldContent[]): FlowField[] {
  const seen = new Set<string>();
  return fields.flatMap((field) => {
    if (!FIELD_CODE.test(field.code) || seen.has(field.code)) return [];
    seen.add(field.code);
    const choices = field.choices.length > 0 ? field.choices.map((c) => c.value) : undefined;
    return [{ code: field.code, type: FIELD_TYPE_OF[field.control], label: field.label || undefined, ...(choices ? { choices } : {}) }];
  });
}

/** The draft's own attributes and the catalogues of operations and posts: what `validateFlow` checks a flow against. */
export const flowContextOf = (fields: readonly FormFieldContent[]): FlowContext => ({ fields: flowFieldsOf(fields), operations: OPERATION_CODES, posts: POST_CODES });

/** The flow's problems alone (flowPreview): the flow core's, then how the flow fits the business. */
export function flowProblems(content: DraftContent, business: DraftBusiness): DraftProblem[] {
  if (content.flow === null || content.flow === undefined) return [draftProblem('FLOW_MISSING', '尚未配置流程，请先绘制流程', 'flow')];
  const problems = validateFlow(content.flow, flowContextOf(content.fields)).map(inDraft);
  const read = readFlow(content.flow);
  return read.ok ? [...problems, ...checkFlowFit(read.flow, business)] : problems;
}

/**
 * Every reason the draft cannot be published, in the order of the console's tabs: form attributes, materials
 * (their own, then whether the business expects any), the flow. An empty list means it may be published.
 */
export function draftProblems(content: DraftContent, business: DraftBusiness): DraftProblem[] {
  const problems = [...checkFields(content.fields), ...checkMaterials(content.materials)];
  if (business.needsMaterials && content.materials.length === 0) problems.push(draftProblem('MATERIALS_MISMATCH', '业务设置为需要材料，但没有配置材料', 'materials'));
  if (!business.needsMaterials && content.materials.length > 0) problems.push(draftProblem('MATERIALS_MISMATCH', '业务设置为不需要材料，但配置了材料', 'materials'));
  return [...problems, ...flowProblems(content, business)];
}
