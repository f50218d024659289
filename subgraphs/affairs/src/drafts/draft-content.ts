import type { FieldType } from '../flows/index.js';

/** 控件类型 of a form attribute (2.7.5.6). */
export type FormControl = 'TEXT' | 'TEXTAREA' | 'NUMBER' | 'DATE' | 'SELECT' | 'RADIO' | 'CHECKBOX' | 'SWITCH';
/** 属性类型（校验）: what a text attribute's value is checked as when the citizen fills it in. */
export type FieldValidation = 'NONE' | 'ID_NUMBER' | 'PHONE' | 'NAME' | 'PLATE' | 'POSTCODE' | 'EMAIL';
/** 材料类型: 1 uploaded, 2 confirmed (the original is handed in or sent), 3 both (2.8.2.2.2). */
export type MaterialMode = 'UPLOAD' | 'CONFIRM' | 'BOTH';

export interface FormChoice {
  value: string;
  label: string;
}

/** One attribute of a business's form, as a draft and a version keep it. Text members are trimmed, absent ones null. */
export interface FormFieldContent {
  order: number;
  /** The business table's column (业务表字段); decisions of the flow name it. */
  code: string;
  label: string;
  /** 属性存储长度, in characters. */
  length: number;
  required: boolean;
  control: FormControl;
  /** 特殊控件选择值: empty unless the control is a choice and the values are configured here… */
  choices: FormChoice[];
  /** …or the dictionary they come from. */
  dictionary: string | null;
  validation: FieldValidation;
  /** 输入时提示内容 and 空值时提示内容. */
  hint: string | null;
  emptyHint: string | null;
  defaultValue: string | null;
}

/** One material of a business (2.7.5.8.2). */
export interface MaterialContent {
  order: number;
  code: string;
  name: string;
  required: boolean;
  mode: MaterialMode;
  /** Upper bound of an uploaded file, in KB; null for a material that is only confirmed. */
  sizeLimitKb: number | null;
  description: string | null;
}

/** What a draft holds and a version freezes; the flow as sent (JSON), read by the flow core. */
export interface DraftContent {
  fields: FormFieldContent[];
  materials: MaterialContent[];
  flow: unknown;
}

export const CHOICE_CONTROLS: readonly FormControl[] = ['SELECT', 'RADIO', 'CHECKBOX'];

/** What a decision of the flow sees of an attribute with this control. */
export const FIELD_TYPE_OF: Record<FormControl, FieldType> = {
  TEXT: 'TEXT',
  TEXTAREA: 'TEXT',
  NUMBER: 'NUMBER',
  DATE: 'DATE',
  SELECT: 'CHOICE',
  RADIO: 'CHOICE',
  CHECKBOX: 'MULTI_CHOICE',
  SWITCH: 'BOOLEAN',
};

export const CONTROL_LABELS: Record<FormControl, string> = {
  TEXT: '单行文本',
  TEXTAREA: '多行文本',
  NUMBER: '数字',
  DATE: '日期',
  SELECT: '下拉选择',
  RADIO: '单选',
  CHECKBOX: '多选',
  SWITCH: '是/否',
};

export const VALIDATION_LABELS: Record<FieldValidation, string> = {
  NONE: '不校验',
  ID_NUMBER: '公民身份号码',
  PHONE: '手机号码',
  NAME: '姓名',
  PLATE: '号牌号码',
  POSTCODE: '邮政编码',
  EMAIL: '电子邮箱',
};

export const MATERIAL_MODE_LABELS: Record<MaterialMode, string> = { UPLOAD: '上传（1）', CONFIRM: '确认（2）', BOTH: '上传并确认（3）' };

/** A list in display order (by `order`, then as given), so that the same content always reads and digests the same. */
export const inOrder = <T extends { order: number }>(items: readonly T[]): T[] =>
  items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.order - b.item.order || a.i - b.i)
    .map(({ item }) => item);
