import { requireText } from '@jingtong/kit';
import { refuse } from '../errors.js';

/** 业务类编码 (2.7.5.2): two digits, 01 to 99. */
export const CLASS_CODE = /^(0[1-9]|[1-9][0-9])$/;

export function readClassCode(raw: string): string {
  const code = raw.trim();
  if (!CLASS_CODE.test(code)) throw refuse('BUSINESS_CLASS_CODE_INVALID', 'code');
  return code;
}

export const readClassName = (raw: string) => requireText(raw, 'name', { max: 20 }, '业务类名称须为 1 到 20 个字');

export const readClassDescription = (raw: string | null | undefined) => requireText(raw ?? '', 'description', { min: 0, max: 500 }, '业务类介绍最长 500 个字') || null;
