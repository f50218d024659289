/**
 * Why a draft cannot be published besides its flow's own problems (`FlowProblemCodes`): its form attributes
 * (2.7.5.6), its materials (2.7.5.8) and how they fit the business. Each code has the Chinese description a console
 * shows beside the list and an English one for the README; each problem's own message names the attribute or node.
 */
export const DraftProblemCodes = {
  FIELD_CODE_INVALID: { message: '属性编码格式不正确', description: 'A form attribute’s code is not a table column name (a letter, then letters, digits, `_`; at most 64).' },
  FIELD_CODE_DUPLICATE: { message: '属性编码重复', description: 'Two form attributes have the same code (compared without case, as the business table’s columns are).' },
  FIELD_INVALID: { message: '属性配置不正确', description: 'A form attribute’s label, length, order, hints, choices or validation type is out of bounds or does not suit its control (the message says which).' },
  FIELD_CHOICES_MISSING: { message: '选择类控件没有配置选择值或字典', description: 'A select, radio or checkbox attribute has neither choices nor a dictionary.' },
  FIELD_DEFAULT_INVALID: { message: '默认值与属性配置不符', description: 'A default value that the attribute’s control, choices or length would refuse.' },
  MATERIAL_CODE_INVALID: { message: '材料编号格式不正确', description: 'A material’s code is not an upper-case code (a letter, then letters, digits, `_`; at most 32).' },
  MATERIAL_CODE_DUPLICATE: { message: '材料编号重复', description: 'Two materials of the draft have the same code.' },
  MATERIAL_INVALID: { message: '材料配置不正确', description: 'A material’s name, size limit, order or description is out of bounds, or a size limit is missing for an upload (the message says which).' },
  MATERIALS_MISMATCH: { message: '材料配置与业务的“是否需要材料”不符', description: 'The business needs materials and the draft lists none, or it needs none and the draft lists some.' },
  FLOW_MISSING: { message: '尚未配置流程', description: 'The draft has no flow yet: every business is published with one.' },
  FLOW_APPROVAL_MISMATCH: { message: '流程中的审批节点与业务的“是否审批”不符', description: 'The business needs approval and its flow has no approval node, or it needs none and the flow has one.' },
  FLOW_OPERATION_ACTOR: { message: '操作功能的类别（民警/群众）与节点的办理人不符', description: 'A citizen’s operation (缴费) bound to an officer’s node, or an officer’s operation to a citizen’s node.' },
} as const;

export type DraftProblemCode = keyof typeof DraftProblemCodes;
