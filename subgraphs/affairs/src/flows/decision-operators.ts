import type { Operator } from './flow-definition.js';
import { listOf, parseIsoDate, parseNumber } from './decision-values.js';

/** The types of a business's form attributes (属性配置, 2.7.5.6) as far as a decision cares. */
export type FieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'CHOICE' | 'MULTI_CHOICE' | 'BOOLEAN';
/** What a decision compares: an attribute of one of those types, or the fee (integer fen). */
export type SubjectType = FieldType | 'FEE';

const ORDERED: Operator[] = ['EQ', 'NE', 'GT', 'GE', 'LT', 'LE'];
const PRESENCE: Operator[] = ['EMPTY', 'NOT_EMPTY'];

/**
 * Which operators make sense for which type. Ordering needs numbers or dates; IN lists choices; CONTAINS looks
 * into text or into a multiple choice. The fee is always there (0 when free), so EMPTY would never hold for it.
 */
export const OPERATORS_FOR: Record<SubjectType, readonly Operator[]> = {
  TEXT: ['EQ', 'NE', 'CONTAINS', ...PRESENCE],
  NUMBER: [...ORDERED, ...PRESENCE],
  DATE: [...ORDERED, ...PRESENCE],
  CHOICE: ['EQ', 'NE', 'IN', 'NOT_IN', ...PRESENCE],
  MULTI_CHOICE: ['CONTAINS', ...PRESENCE],
  BOOLEAN: ['EQ', 'NE', ...PRESENCE],
  FEE: ORDERED,
};

export const OPERATOR_LABELS: Record<Operator, string> = {
  EQ: '=',
  NE: '≠',
  GT: '>',
  GE: '≥',
  LT: '<',
  LE: '≤',
  IN: '属于',
  NOT_IN: '不属于',
  EMPTY: '为空',
  NOT_EMPTY: '不为空',
  CONTAINS: '包含',
};

export const TYPE_LABELS: Record<SubjectType, string> = { TEXT: '文本', NUMBER: '数字', DATE: '日期', CHOICE: '单选', MULTI_CHOICE: '多选', BOOLEAN: '是/否', FEE: '费用' };

export const takesNoValue = (operator: Operator) => PRESENCE.includes(operator);

/**
 * Why a configured value does not suit the subject's type and operator, or null when it does. A choice field
 * without a list of choices takes its values from a dictionary this module does not see: any value is accepted.
 */
export function valueProblem(type: SubjectType, operator: Operator, value: string | undefined, choices?: readonly string[]): string | null {
  const text = value?.trim() ?? '';
  if (takesNoValue(operator)) return text ? `「${OPERATOR_LABELS[operator]}」不需要判断值` : null;
  if (!text) return '没有填写判断值';
  const notAChoice = (item: string) => (choices && !choices.includes(item) ? `判断值「${item}」不是可选值（${choices.join('、')}）之一` : null);
  switch (type) {
    case 'NUMBER':
      return parseNumber(text) === null ? `判断值「${text}」不是数字` : null;
    case 'FEE':
      return /^\d+$/.test(text) ? null : `判断值「${text}」须为以分计的非负整数（例如 1500 表示 15 元）`;
    case 'DATE':
      return parseIsoDate(text) === null ? `判断值「${text}」不是日期，格式应为 2026-01-31` : null;
    case 'BOOLEAN':
      return text === 'true' || text === 'false' ? null : `判断值「${text}」须为 true（是）或 false（否）`;
    case 'CHOICE': {
      if (operator !== 'IN' && operator !== 'NOT_IN') return notAChoice(text);
      const items = listOf(text);
      return items.length ? (items.map(notAChoice).find(Boolean) ?? null) : '没有填写可选值列表';
    }
    case 'MULTI_CHOICE':
      return notAChoice(text);
    case 'TEXT':
      return null;
  }
}
