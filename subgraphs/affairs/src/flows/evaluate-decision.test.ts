import type { FieldValue } from './decision-values.js';
import type { DecisionBranch, DecisionNode, Operator } from './flow-definition.js';
import { evaluateDecision } from './route.js';

/** A decision with one condition on the attribute X (or the fee): YES when it holds, NO otherwise. */
const decision = (operator: Operator, value?: string, subject: DecisionBranch['subject'] = { kind: 'FIELD', code: 'X' }): DecisionNode => ({
  code: 'D',
  name: '判断',
  kind: 'DECISION',
  branches: [{ subject, operator, value, next: 'YES' }],
  defaultNext: 'NO',
});
const holds = (actual: FieldValue | undefined, operator: Operator, value?: string) =>
  evaluateDecision(decision(operator, value), { feeFen: 0, fields: actual === undefined ? {} : { X: actual } }) === 'YES';

describe('evaluateDecision', () => {
  it('compares numbers as numbers, also when the form holds them as text', () => {
    expect(holds('10', 'GT', '9')).toBe(true);
    expect(holds(10, 'GT', '9')).toBe(true);
    expect(holds('9', 'GT', '10')).toBe(false);
    expect(holds('10.0', 'EQ', '10')).toBe(true);
    expect(holds('18', 'GE', '18')).toBe(true);
    expect(holds('17.5', 'LT', '18')).toBe(true);
    expect(holds('18', 'LE', '17')).toBe(false);
    expect(holds('10', 'NE', '10.00')).toBe(false);
  });

  it('compares dates as dates, and does not order what is neither numbers nor dates', () => {
    expect(holds('2026-03-01', 'GT', '2026-02-28')).toBe(true);
    expect(holds('2026-03-01', 'LE', '2026-02-28')).toBe(false);
    expect(holds('2026-02-28', 'EQ', '2026-02-28')).toBe(true);
    // As text, '2026-03-01' > '2026': as a date against a number, there is no order.
    expect(holds('2026-03-01', 'GT', '2026')).toBe(false);
    expect(holds('2026-03-01', 'LT', '2026')).toBe(false);
    expect(holds('2026-02-30', 'GT', '2026-01-01')).toBe(false);
    expect(holds('abc', 'GT', 'abb')).toBe(false);
  });

  it('compares yes / no with true and false', () => {
    expect(holds(true, 'EQ', 'true')).toBe(true);
    expect(holds(false, 'EQ', 'true')).toBe(false);
    expect(holds(false, 'NE', 'true')).toBe(true);
    expect(holds(false, 'EMPTY')).toBe(false);
  });

  it('finds a choice in a comma list with IN and NOT_IN', () => {
    expect(holds('T', 'IN', 'T,S')).toBe(true);
    expect(holds('S', 'IN', 'T, S')).toBe(true);
    expect(holds('L', 'IN', 'T,S')).toBe(false);
    expect(holds('L', 'NOT_IN', 'T，S')).toBe(true);
    expect(holds('T', 'NOT_IN', 'T,S')).toBe(false);
  });

  it('looks into a multiple choice or a text with CONTAINS', () => {
    expect(holds(['HK', 'MO'], 'CONTAINS', 'MO')).toBe(true);
    expect(holds(['HK'], 'CONTAINS', 'MO')).toBe(false);
    expect(holds('请加急办理', 'CONTAINS', '加急')).toBe(true);
    expect(holds('正常', 'CONTAINS', '加急')).toBe(false);
  });

  it('takes nothing entered as EMPTY: null, blank text, no choice, no value at all; 0 and false are values', () => {
    for (const empty of [null, '', '  ', [], undefined]) {
      expect(holds(empty, 'EMPTY')).toBe(true);
      expect(holds(empty, 'NOT_EMPTY')).toBe(false);
    }
    for (const value of [0, 'a', ['HK'], false]) expect(holds(value, 'NOT_EMPTY')).toBe(true);
  });

  it('lets a missing value meet no equality or order, but ≠ and 不属于', () => {
    expect(holds(null, 'EQ', 'T')).toBe(false);
    expect(holds(null, 'GT', '0')).toBe(false);
    expect(holds(null, 'IN', 'T,S')).toBe(false);
    expect(holds(null, 'NE', 'T')).toBe(true);
    expect(holds(null, 'NOT_IN', 'T,S')).toBe(true);
  });

  it('compares the fee in fen', () => {
    const fee = decision('GT', '0', { kind: 'FEE' });
    expect(evaluateDecision(fee, { feeFen: 1500, fields: {} })).toBe('YES');
    expect(evaluateDecision(fee, { feeFen: 0, fields: {} })).toBe('NO');
    expect(evaluateDecision(decision('GE', '4500', { kind: 'FEE' }), { feeFen: 4500, fields: {} })).toBe('YES');
  });

  it('takes the first condition that holds, in order, and the default when none does', () => {
    const node: DecisionNode = {
      code: 'ENDORSEMENT_CHECK',
      name: '签注种类',
      kind: 'DECISION',
      branches: [
        { subject: { kind: 'FIELD', code: 'TYPE' }, operator: 'EQ', value: 'G', next: 'CITY_CHECK' },
        { subject: { kind: 'FIELD', code: 'TYPE' }, operator: 'IN', value: 'G,T', next: 'FAMILY' },
        { subject: { kind: 'FEE' }, operator: 'GT', value: '0', next: 'PAY' },
      ],
      defaultNext: 'REVIEW',
    };
    const route = (TYPE: string, feeFen = 0) => evaluateDecision(node, { feeFen, fields: { TYPE } });
    expect([route('G'), route('T'), route('S', 1500), route('S')]).toEqual(['CITY_CHECK', 'FAMILY', 'PAY', 'REVIEW']);
  });

  it('throws, rather than guess, on a decision without a default that nothing matched', () => {
    const node = { ...decision('EQ', 'A'), defaultNext: undefined };
    expect(() => evaluateDecision(node, { feeFen: 0, fields: { X: 'B' } })).toThrow(/no default branch/);
  });
});
