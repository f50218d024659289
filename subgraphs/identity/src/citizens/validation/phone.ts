import validator from 'validator';
import { badInput } from './bad-input.js';

/** 11-digit mainland mobile number; a +86 / 0086 prefix and spaces or dashes are dropped. */
export function requirePhone(raw: string, field = 'phone'): string {
  const value = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  if (!/^1\d{10}$/.test(value) || !validator.isMobilePhone(value, 'zh-CN')) throw badInput(field, '手机号码格式不正确');
  return value;
}
