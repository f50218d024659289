/** ERROR texts of the fugitive comparison system (RESULT=1). */
import { MAX_KEYS_PER_CALL } from '../shared/limits.js';

export const FUGITIVE_ERRORS = {
  badIdNumber: (idNumber: string) => `身份证号码格式不正确：${idNumber}`,
  noIdNumbers: '请至少提供一个身份证号码',
  tooManyIdNumbers: `单次比对身份证号码不能超过${MAX_KEYS_PER_CALL}个`,
} as const;
