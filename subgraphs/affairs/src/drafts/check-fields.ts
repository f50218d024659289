import { parseIsoDate, parseNumber } from '../flows/decision-values.js';
import { CHOICE_CONTROLS, CONTROL_LABELS, type FormFieldContent } from './draft-content.js';
import { type DraftProblem, draftProblem, textProblem } from './draft-problem.js';

/** A column of the business table, as the flow core's decisions name attributes. */
export const FIELD_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const DICTIONARY_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
export const MAX_FIELD_LENGTH = 4000;

const nameOf = (field: FormFieldContent, i: number) => (field.label ? `属性「${field.label}」（${field.code}）` : `第 ${i + 1} 个属性`);

/** Why a default value would not pass the attribute's own control, choices and length, or null. */
function defaultProblem(field: FormFieldContent): string | null {
  const value = field.defaultValue;
  if (value === null) return null;
  if ([...value].length > field.length) return `默认值超过属性长度 ${field.length}`;
  const values = field.choices.map((c) => c.value);
  const offered = (item: string) => values.length === 0 || values.includes(item);
  switch (field.control) {
    case 'NUMBER':
      return parseNumber(value) === null ? `默认值「${value}」不是数字` : null;
    case 'DATE':
      return parseIsoDate(value) === null ? `默认值「${value}」不是日期，格式应为 2026-01-31` : null;
    case 'SWITCH':
      return value === 'true' || value === 'false' ? null : '默认值须为 true（是）或 false（否）';
    case 'SELECT':
    case 'RADIO':
      return offered(value) ? null : `默认值「${value}」不是可选值之一`;
    case 'CHECKBOX': {
      const missing = value.split(/[,，]/).map((v) => v.trim()).filter(Boolean).find((item) => !offered(item));
      return missing === undefined ? null : `默认值「${missing}」不是可选值之一`;
    }
    default:
      return null;
  }
}

/** Everything about one attribute that does not depend on the others. */
function checkField(field: FormFieldContent, i: number): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const named = nameOf(field, i);
  const at = (member: string) => `fields[${i}].${member}`;
  const invalid = (member: string, message: string) => problems.push(draftProblem('FIELD_INVALID', `${named}的${message}`, at(member)));
  if (!FIELD_CODE.test(field.code)) problems.push(draftProblem('FIELD_CODE_INVALID', `${named}的编码「${field.code}」须以字母开头，由字母、数字和下划线组成，最长 64 位`, at('code')));
  const label = textProblem(field.label, 30, true);
  if (label) invalid('label', `中文描述${label}`);
  if (field.order < 0 || field.order > 9999) invalid('order', '显示顺序须为 0 到 9999 的整数');
  if (field.length < 1 || field.length > MAX_FIELD_LENGTH) invalid('length', `存储长度须为 1 到 ${MAX_FIELD_LENGTH}`);
  for (const [member, text] of [['hint', field.hint], ['emptyHint', field.emptyHint]] as const) {
    const problem = textProblem(text, 100, false);
    if (problem) invalid(member, `${member === 'hint' ? '输入提示' : '空值提示'}${problem}`);
  }
  const isChoice = CHOICE_CONTROLS.includes(field.control);
  if (!isChoice && (field.choices.length > 0 || field.dictionary)) invalid('choices', `控件为「${CONTROL_LABELS[field.control]}」，不能配置选择值或字典`);
  if (isChoice && field.choices.length === 0 && !field.dictionary) problems.push(draftProblem('FIELD_CHOICES_MISSING', `${named}是「${CONTROL_LABELS[field.control]}」，须配置选择值或字典`, at('choices')));
  if (field.choices.length > 0 && field.dictionary) invalid('dictionary', '选择值和字典只能配置一种');
  if (field.dictionary && !DICTIONARY_CODE.test(field.dictionary)) invalid('dictionary', `字典代码「${field.dictionary}」须以大写字母开头，由大写字母、数字和下划线组成`);
  const seen = new Set<string>();
  field.choices.forEach((choice, k) => {
    const problem = textProblem(choice.value, field.length, true) ?? textProblem(choice.label, 30, true) ?? (seen.has(choice.value) ? `「${choice.value}」重复` : null);
    if (problem) invalid(`choices[${k}]`, `第 ${k + 1} 个选择值${problem}`);
    seen.add(choice.value);
  });
  if (field.validation !== 'NONE' && field.control !== 'TEXT') invalid('validation', '校验类型只能用于单行文本');
  const fallback = defaultProblem(field);
  if (fallback) problems.push(draftProblem('FIELD_DEFAULT_INVALID', `${named}的${fallback}`, at('defaultValue')));
  return problems;
}

/** Every problem of a draft's form attributes: each one's own in their order, then repeated codes (compared without case, as table columns are). */
export function checkFields(fields: readonly FormFieldContent[]): DraftProblem[] {
  const problems = fields.flatMap(checkField);
  const first = new Map<string, number>();
  fields.forEach((field, i) => {
    const key = field.code.toUpperCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push(draftProblem('FIELD_CODE_DUPLICATE', `${nameOf(field, i)}的编码与第 ${earlier + 1} 个属性重复`, `fields[${i}].code`));
  });
  return problems;
}
