/** Identity's own codes (returned in mutation payloads); shared ones live in the kit. */
export const IdentityErrors = {
  ID_NUMBER_INVALID: '身份证号码格式不正确',
  PERSON_NOT_FOUND: '人口信息中未查到该身份证号码',
  DEV_SIGN_IN_DISABLED: '生产环境不提供开发登录',
} as const;

export type IdentityErrorCode = keyof typeof IdentityErrors;
