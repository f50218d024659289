/** Identity's own codes (returned in mutation payloads); shared ones live in the kit. */
export const IdentityErrors = {
  ID_NUMBER_INVALID: '身份证号码格式不正确',
  PERSON_NOT_FOUND: '人口信息中未查到该身份证号码',
  DEV_SIGN_IN_DISABLED: '生产环境不提供开发登录',
  // citizens: sign-in channels and SMS codes
  CHANNEL_AUTH_FAILED: '授权已失效，请返回重新授权登录',
  SMS_RATE_LIMITED: '验证码发送过于频繁，请稍后再试',
  SMS_CODE_INVALID: '验证码不正确，请核对后重试',
  SMS_CODE_EXPIRED: '验证码已失效，请重新获取',
  SMS_CODE_TOO_MANY_ATTEMPTS: '验证码错误次数过多，请重新获取',
  // citizens: real-name levels (2.3.4.2)
  REAL_NAME_MISMATCH: '姓名与身份证号码不一致，或人口信息中无此人，请核对后重试',
  ID_NUMBER_CONFLICT: '该账号已实名认证为其他身份，不能再认证',
  FACE_MISMATCH: '人脸比对未通过，请本人正对镜头重新拍摄',
  LIVENESS_FAILED: '活体检测未通过，请按提示重新检测',
  NETWORK_IDENTITY_FAILED: '网证核验未通过，请核对网证口令后重试',
  // citizens: bindings (2.3.5.4)
  LICENCE_MISMATCH: '驾驶证号码或档案编号与交管平台记录不一致',
  VEHICLE_NOT_OWNED: '该车辆未登记在您的名下，不能绑定',
  ALREADY_BOUND: '已绑定，无需重复绑定',
  NOT_BOUND: '尚未绑定该项',
  BINDING_LIMIT: '最多可绑定 20 辆机动车',
  // officers: fugitive alerts
  ALERT_NOT_FOUND: '未找到该预警，或已处理',
  // officers: sign-in (unknown account, wrong password and wrong code all read the same)
  INVALID_CREDENTIALS: '用户名、密码或动态口令错误',
  ACCOUNT_LOCKED: '连续登录失败次数过多，账号已锁定 30 分钟',
  TOTP_ENROLMENT_REQUIRED: '首次登录须绑定动态口令，请用身份验证器扫码',
  ENROLMENT_TICKET_INVALID: '绑定凭证无效或已过期，请重新登录',
  TOTP_INVALID: '动态口令错误，请核对身份验证器上的 6 位数字',
  PASSWORD_EXPIRED: '密码已过期（或为临时密码），请先修改密码',
  PASSWORD_TOO_WEAK: '密码不符合复杂度要求',
  PASSWORD_REUSED: '新密码不能与当前密码相同',
  // officers: administration
  ROLE_CONFLICT: '系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色',
  ADMIN_ROLE_NOT_ALLOWED: '新建账号只能授予业务角色，管理员角色由安全管理员授予',
  USERNAME_INVALID: '用户名须以字母开头，由 3-32 位字母、数字、点、下划线或连字符组成',
  USERNAME_TAKEN: '该用户名已被使用',
  NAME_INVALID: '姓名须为 2-32 个字符',
  PHONE_INVALID: '电话号码格式不正确',
  OFFICER_NOT_FOUND: '未找到该民警账号',
  SELF_CHANGE_FORBIDDEN: '不能修改本人账号的角色或状态，请由其他管理员操作',
  UNIT_CODE_INVALID: '单位代码须为 12 位数字（6 位行政区划 + 6 位单位代码）',
  UNIT_NOT_FOUND: '未找到该单位',
  UNIT_EXISTS: '该单位代码已存在',
  UNIT_PARENT_MISMATCH: '单位代码不在上级单位的代码范围内',
  // partner API keys
  PARTNER_NAME_INVALID: '合作单位名称须为 2-64 个字符',
  SCOPE_UNKNOWN: '授权范围不在可选列表中',
  LIMIT_INVALID: '速率限制与每日成本预算须为正整数',
  PARTNER_KEY_NOT_FOUND: '未找到该 API 密钥',
  PARTNER_KEY_INACTIVE: '该 API 密钥已吊销或已过期',
} as const;

export type IdentityErrorCode = keyof typeof IdentityErrors;
