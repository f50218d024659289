import { refuseInput } from './refuse-input.js';

// An application or case number as the bureau's systems print them (XC20261128-0001, AJ2026000123): capital
// letters first, so an ID number or a phone typed here does not fit; nothing else is kept in the audit trail.
const CASE_NUMBER = /^[A-Z]{1,6}-?[0-9]{4,14}(?:-[0-9]{1,6})?$/;

/** An upper-cased, trimmed case number, or a refusal naming `field`. */
export function requireCaseNumber(raw: string, field = 'caseNumber'): string {
  const value = raw.trim().toUpperCase();
  if (!CASE_NUMBER.test(value)) throw refuseInput('FORMAT_INVALID', field, '业务编号格式不正确，例如：XC20261128-0001');
  return value;
}
