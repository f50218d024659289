/** ERROR texts of the traffic platform (RESULT=1). */
import { MAX_KEYS_PER_CALL } from '../shared/limits.js';

export const TRAFFIC_ERRORS = {
  badCredentials: '用户名或密码错误',
  badIdNumber: '身份证号码格式不正确',
  badPlate: (plate: string) => `号牌号码格式不正确：${plate}`,
  noPlates: '请至少提供一个号牌号码',
  tooManyPlates: `单次查询号牌号码不能超过${MAX_KEYS_PER_CALL}个`,
  badViolationId: '违法编号格式不正确',
  badPaidAmount: '缴款金额须为正整数（单位：分）',
  badOrderNumber: '缴款订单号格式不正确',
  badPaidAt: '缴款时间格式不正确',
} as const;
