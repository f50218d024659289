import { pinyin } from 'pinyin-pro';

/** 拼音CODE as an officer may type it: upper-case letters and digits. */
export const PINYIN_CODE = /^[A-Z0-9]{1,30}$/;

/**
 * The initials a citizen types to find a business (往来港澳二次签 → WLGAECQ), read in context by pinyin-pro; letters
 * and digits in the name are kept, everything else dropped. A polyphone read wrongly in context (禁行道路 → JHDL) is
 * corrected by the officer, who may give the code instead.
 */
export function pinyinInitials(name: string): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return initials.join('').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 30);
}
