import { checkFields } from './check-fields.js';
import type { FormFieldContent } from './draft-content.js';

const field = (change: Partial<FormFieldContent> = {}): FormFieldContent => ({
  order: 1,
  code: 'APPLICANT',
  label: '申请人姓名',
  length: 30,
  required: true,
  control: 'TEXT',
  choices: [],
  dictionary: null,
  validation: 'NAME',
  hint: null,
  emptyHint: null,
  defaultValue: null,
  ...change,
});
const choices = (...values: string[]) => values.map((value) => ({ value, label: value }));
const found = (fields: FormFieldContent[]) => checkFields(fields).map((p) => [p.code, p.path]);

describe('form attributes of a draft (属性配置)', () => {
  it('finds nothing wrong with well-formed attributes of every control', () => {
    expect(
      found([
        field(),
        field({ code: 'AGE', control: 'NUMBER', validation: 'NONE', defaultValue: '18' }),
        field({ code: 'DEPARTURE', control: 'DATE', validation: 'NONE', defaultValue: '2026-02-28' }),
        field({ code: 'KIND', control: 'SELECT', validation: 'NONE', choices: choices('T', 'S'), defaultValue: 'S' }),
        field({ code: 'PLACES', control: 'CHECKBOX', validation: 'NONE', choices: choices('HK', 'MO'), defaultValue: 'HK，MO' }),
        field({ code: 'DISTRICT', control: 'SELECT', validation: 'NONE', dictionary: 'XZQH' }),
        field({ code: 'URGENT', control: 'SWITCH', validation: 'NONE', defaultValue: 'false' }),
      ]),
    ).toEqual([]);
  });

  it('names each broken member by its path, and repeated codes without regard to case', () => {
    expect(
      found([
        field({ code: '1ST', label: '' }),
        field({ code: 'applicant', length: 0, hint: '提'.repeat(101) }),
        field({ code: 'APPLICANT', control: 'RADIO' }),
        field({ code: 'NOTE', control: 'TEXTAREA', validation: 'NONE', choices: choices('A') }),
        field({ code: 'KIND', control: 'SELECT', validation: 'NONE', choices: choices('T', 'T', '') }),
      ]),
    ).toEqual([
      ['FIELD_CODE_INVALID', 'fields[0].code'],
      ['FIELD_INVALID', 'fields[0].label'],
      ['FIELD_INVALID', 'fields[1].length'],
      ['FIELD_INVALID', 'fields[1].hint'],
      ['FIELD_CHOICES_MISSING', 'fields[2].choices'],
      ['FIELD_INVALID', 'fields[2].validation'],
      ['FIELD_INVALID', 'fields[3].choices'],
      ['FIELD_INVALID', 'fields[4].choices[1]'],
      ['FIELD_INVALID', 'fields[4].choices[2]'],
      ['FIELD_CODE_DUPLICATE', 'fields[2].code'],
    ]);
  });

  it('refuses a default value the attribute itself would refuse, saying which', () => {
    const problems = checkFields([
      field({ code: 'AGE', control: 'NUMBER', validation: 'NONE', defaultValue: '十八' }),
      field({ code: 'DAY', control: 'DATE', validation: 'NONE', defaultValue: '2026-02-30' }),
      field({ code: 'KIND', control: 'RADIO', validation: 'NONE', choices: choices('T', 'S'), defaultValue: 'G' }),
      field({ code: 'PLACES', control: 'CHECKBOX', validation: 'NONE', choices: choices('HK'), defaultValue: 'HK,TW' }),
      field({ code: 'URGENT', control: 'SWITCH', validation: 'NONE', defaultValue: '是' }),
      field({ code: 'SHORT', length: 2, defaultValue: '张三丰' }),
    ]);
    expect(problems.map((p) => [p.code, p.path])).toEqual([0, 1, 2, 3, 4, 5].map((i) => ['FIELD_DEFAULT_INVALID', `fields[${i}].defaultValue`]));
    expect(problems[3].message).toBe('属性「申请人姓名」（PLACES）的默认值「TW」不是可选值之一');
  });
});
