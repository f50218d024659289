import validator from 'validator';
import { refuseInput } from './refuse-input.js';

/** Upper-case X, no spaces: the form we index and compare. */
export const normalizeIdNumber = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

/** GB 11643-1999: region, birth date and ISO 7064 MOD 11-2 check digit (validator), 18 characters only. */
export const isIdNumber = (value: string) => value.length === 18 && validator.isIdentityCard(value, 'zh-CN');

export function requireIdNumber(raw: string, field = 'idNumber'): string {
  const value = normalizeIdNumber(raw);
  if (!isIdNumber(value)) throw refuseInput('ID_NUMBER_INVALID', field);
  return value;
}
