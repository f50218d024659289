import type { FieldType } from './decision-operators.js';

/** A form attribute of the business (属性配置), as decisions and the diagram need it. */
export interface FlowField {
  code: string;
  type: FieldType;
  /** The values of a choice; absent when they come from a dictionary. */
  choices?: readonly string[];
  /** 属性中文描述, for the diagram's conditions; the code is shown without it. */
  label?: string;
}

/**
 * The configuration a flow is checked against: the business's attributes and the catalogues of operations and
 * posts (and, when given, of statuses and SMS templates). A code not listed here is refused.
 */
export interface FlowContext {
  fields: readonly FlowField[];
  operations: readonly string[];
  posts: readonly string[];
  statuses?: readonly string[];
  smsTemplates?: readonly string[];
}
