/** ERROR texts of the population system (RESULT=1). */
import { MAX_KEYS_PER_CALL } from '../shared/limits.js';

export const POPULATION_ERRORS = {
  badIdNumber: (idNumber: string) => `身份证号码格式不正确：${idNumber}`,
  noIdNumbers: '请至少提供一个身份证号码',
  tooManyIdNumbers: `单次查询身份证号码不能超过${MAX_KEYS_PER_CALL}个`,
  badName: '姓名格式不正确',
} as const;
