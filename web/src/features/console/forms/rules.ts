import type { FormRule } from 'antd';

export const TOTP_CODE = /^\d{6}$/;

export const totpRules: FormRule[] = [
  { required: true, message: '请输入身份验证器上的6位动态口令' },
  { pattern: TOTP_CODE, message: '动态口令为6位数字' },
];

/** Mirrors identity's policy so most mistakes are caught before the round trip; identity has the last word. */
export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入新密码' },
  { min: 12, message: '密码长度至少 12 位' },
  { max: 128, message: '密码长度不能超过 128 位' },
  {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
      if (classes < 3) throw new Error('密码须至少包含大写字母、小写字母、数字、符号中的三类');
    },
  },
];

/** For a "确认新密码" field next to a `newPassword` field. */
export const confirmPasswordRules = (field = 'newPassword'): FormRule[] => [
  { required: true, message: '请再次输入新密码' },
  ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      if (value && value !== getFieldValue(field)) throw new Error('两次输入的新密码不一致');
    },
  }),
];

export const PASSWORD_HINT = '至少 12 位，包含大写字母、小写字母、数字、符号中的三类，且不含用户名；每 90 天须更换一次。';
