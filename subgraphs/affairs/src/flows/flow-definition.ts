import { z } from 'zod';

/**
 * The flow of one business version (tender 2.7.5.13 流程配置, 2.7.5.14 审批配置): nodes created for the business itself,
 * linked by code, so a flow may go from 1 straight to 5 or from 3 back to 1. This file is the shape only; whether a
 * flow makes sense (references, reachability, exits, decisions, approval levels) is `validateFlow`'s job, which
 * reports every problem at once in the console's language.
 */

const CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const codeOf = (what: string) => z.string().regex(CODE, { error: `${what}编码须以大写字母开头，由大写字母、数字和下划线组成，最长 32 位` });

export const NodeCodeSchema = codeOf('节点');
const PostCodeSchema = codeOf('岗位');
const OperationCodeSchema = codeOf('操作');
/** Form attributes are named by the business's own table columns (业务表字段), which are not always upper case. */
const FieldCodeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: '属性编码须以字母开头，由字母、数字和下划线组成，最长 64 位' });

/** Which unit an officer's task goes to: the one the citizen chose (2.8.2.2), the one above it, or the bureau. */
export const UnitLevelSchema = z.enum(['ACCEPTING_UNIT', 'PARENT_UNIT', 'BUREAU']);
export const OperatorSchema = z.enum(['EQ', 'NE', 'GT', 'GE', 'LT', 'LE', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY', 'CONTAINS']);
export const EndOutcomeSchema = z.enum(['COMPLETED', 'REJECTED', 'WITHDRAWN']);

/** `'*'`: the officer may send the application to any node from here ("any node may jump to any node"). */
export const ANY_NODE = '*';

const common = {
  code: NodeCodeSchema,
  name: z.string().trim().min(1, { error: '节点名称不能为空' }).max(30, { error: '节点名称最长 30 个字' }),
  /** Where an officer may send the application from here by hand, besides the configured path. */
  jumps: z.array(z.union([NodeCodeSchema, z.literal(ANY_NODE)])).max(100).optional(),
};

/** What a node where the application rests carries for the citizen: its status (2.7.5.7) and the SMS sent when it is done (2.7.5.15). */
const resting = {
  status: codeOf('状态').optional(),
  sms: codeOf('短信模板').optional(),
};

const acting = {
  ...common,
  ...resting,
  /** The operations offered at this node (2.7.5.11), codes of the operation catalogue. */
  operations: z.array(OperationCodeSchema).max(20),
  /** Working days the node may take; officers are reminded and urged by it (2.7.5.17). */
  deadlineDays: z.number().int().min(1).max(365).optional(),
};

const task = {
  ...acting,
  kind: z.literal('TASK'),
  next: NodeCodeSchema,
  /**
   * Where the application goes by itself when `deadlineDays` pass with the task undone, e.g. a supplement not
   * uploaded within 7 days closes the application (2.8.3.2). Without it a late task stays and is urged.
   */
  onTimeout: NodeCodeSchema.optional(),
};

export const OfficerTaskNodeSchema = z.strictObject({ ...task, actor: z.literal('OFFICER'), post: PostCodeSchema, unit: UnitLevelSchema });
export const CitizenTaskNodeSchema = z.strictObject({ ...task, actor: z.literal('CITIZEN') });
/** 办理 / 受理 / 预审 / 审核 / 缴费 / 补正 …: someone acts, then the flow goes to `next`. */
export const TaskNodeSchema = z.discriminatedUnion('actor', [OfficerTaskNodeSchema, CitizenTaskNodeSchema]);

/** 审批: an officer of `post` approves or rejects; `level` orders multi-level approvals (审批序号). */
export const ApprovalNodeSchema = z.strictObject({
  ...acting,
  kind: z.literal('APPROVAL'),
  post: PostCodeSchema,
  unit: UnitLevelSchema,
  level: z.number().int().min(1).max(9),
  onApprove: NodeCodeSchema,
  onReject: NodeCodeSchema,
});

/** What a decision looks at: a form attribute of the business, or the application's fee in integer fen. */
export const DecisionSubjectSchema = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('FIELD'), code: FieldCodeSchema }), z.strictObject({ kind: z.literal('FEE') })]);

/**
 * One condition of a decision (判断属性: 运算关系符, 判断值, 下一个节点). The value is kept as the officer typed it,
 * a string; `validateFlow` checks it parses for the subject's type. IN / NOT_IN take a comma list.
 */
export const DecisionBranchSchema = z.strictObject({
  subject: DecisionSubjectSchema,
  operator: OperatorSchema,
  value: z.string().max(500).optional(),
  next: NodeCodeSchema,
});

/**
 * 判断: the first branch whose condition holds names the next node, otherwise `defaultNext`. The flow passes a
 * decision by itself, nobody acts there. `defaultNext` is optional in the shape only so that a draft being edited
 * can be saved and shown with all its problems; `validateFlow` refuses a decision without it.
 */
export const DecisionNodeSchema = z.strictObject({
  ...common,
  kind: z.literal('DECISION'),
  branches: z.array(DecisionBranchSchema).max(50),
  defaultNext: NodeCodeSchema.optional(),
});

/** 办结 / 不予办理 / 撤回: the application's life ends here. */
export const EndNodeSchema = z.strictObject({ ...common, ...resting, kind: z.literal('END'), outcome: EndOutcomeSchema });

export const FlowNodeSchema = z.discriminatedUnion('kind', [TaskNodeSchema, ApprovalNodeSchema, DecisionNodeSchema, EndNodeSchema]);

export const FlowSchema = z.strictObject({
  start: NodeCodeSchema,
  nodes: z.array(FlowNodeSchema).max(200, { error: '一个流程最多 200 个节点' }),
});

export type UnitLevel = z.infer<typeof UnitLevelSchema>;
export type Operator = z.infer<typeof OperatorSchema>;
export type EndOutcome = z.infer<typeof EndOutcomeSchema>;
export type OfficerTaskNode = z.infer<typeof OfficerTaskNodeSchema>;
export type CitizenTaskNode = z.infer<typeof CitizenTaskNodeSchema>;
export type TaskNode = z.infer<typeof TaskNodeSchema>;
export type ApprovalNode = z.infer<typeof ApprovalNodeSchema>;
export type DecisionSubject = z.infer<typeof DecisionSubjectSchema>;
export type DecisionBranch = z.infer<typeof DecisionBranchSchema>;
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;
export type EndNode = z.infer<typeof EndNodeSchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type FlowNodeKind = FlowNode['kind'];
export type Flow = z.infer<typeof FlowSchema>;
