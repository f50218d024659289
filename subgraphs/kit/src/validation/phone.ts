import validator from 'validator';
import { refuseInput } from './refuse-input.js';

/** 11-digit mainland mobile number; a +86 / 0086 prefix and spaces or dashes are dropped. */
export function normalizePhone(raw: string): string | null {
  const value = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1\d{10}$/.test(value) && validator.isMobilePhone(value, 'zh-CN') ? value : null;
}

export function requirePhone(raw: string, field = 'phone'): string {
  const value = normalizePhone(raw);
  if (!value) throw refuseInput('PHONE_INVALID', field);
  return value;
}
