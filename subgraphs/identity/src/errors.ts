import { defineErrorCodes, type CodeOf, UserError } from '@jingtong/kit';

/** Identity's business codes, returned in mutation payloads; shared codes live in the kit. */
export const IdentityErrors = defineErrorCodes('identity', {
  PERSON_NOT_FOUND: { message: '人口信息中未查到该身份证号码', description: 'The population system has no person with this ID number.', where: 'payload' },
  DEV_SIGN_IN_DISABLED: { message: '生产环境不提供开发登录', description: '`devSignIn` outside development.', where: 'payload' },
  // citizens: sign-in channels and SMS codes
  CHANNEL_AUTH_FAILED: { message: '授权已失效，请返回重新授权登录', description: 'Alipay / WeChat refused the authorisation code (used, expired or forged).', where: 'payload' },
  SMS_RATE_LIMITED: { message: '验证码发送过于频繁，请稍后再试', description: 'More than 1 code a minute or 10 a day for this phone (`retryAfterSeconds`).', where: 'payload' },
  SMS_BUDGET_EXCEEDED: { message: '当前验证码发送量过大，请稍后再试', description: 'The SMS budget of this client address (an hour) or of the whole service (a minute) is spent (`retryAfterSeconds`).', where: 'payload' },
  HUMAN_CHECK_REQUIRED: { message: '请先完成安全验证', description: 'This client address has had its free SMS codes: solve the `humanCheck` challenge in the payload and ask again with the answer.', where: 'payload' },
  HUMAN_CHECK_FAILED: { message: '安全验证未通过，请重试', description: 'The human-check answer was wrong, expired or already used; a new challenge is in the payload.', where: 'payload' },
  SMS_CODE_INVALID: { message: '验证码不正确，请核对后重试', description: 'The SMS code does not match.', where: 'payload' },
  SMS_CODE_EXPIRED: { message: '验证码已失效，请重新获取', description: 'The SMS code is older than 5 minutes or was used.', where: 'payload' },
  SMS_CODE_TOO_MANY_ATTEMPTS: { message: '验证码错误次数过多，请重新获取', description: 'Five wrong tries: the code is void.', where: 'payload' },
  // citizens: real-name levels (2.3.4.2)
  REAL_NAME_MISMATCH: { message: '姓名与身份证号码不一致，或人口信息中无此人，请核对后重试', description: 'Name and ID number do not match a person in the population system (one answer for both, no oracle).', where: 'payload' },
  ID_NUMBER_CONFLICT: { message: '该账号已实名认证为其他身份，不能再认证', description: 'The account is already verified as another person.', where: 'payload' },
  FACE_MISMATCH: { message: '人脸比对未通过，请本人正对镜头重新拍摄', description: 'The face comparison scored below the threshold.', where: 'payload' },
  LIVENESS_FAILED: { message: '活体检测未通过，请按提示重新检测', description: 'The liveness check failed (a photo of a photo, a mask).', where: 'payload' },
  NETWORK_IDENTITY_FAILED: { message: '网证核验未通过，请核对网证口令后重试', description: 'The network identity (CTID) check failed.', where: 'payload' },
  // citizens: bindings (2.3.5.4)
  LICENCE_MISMATCH: { message: '驾驶证号码或档案编号与交管平台记录不一致', description: 'Licence number or file number differ from the traffic platform’s record.', where: 'payload' },
  VEHICLE_NOT_OWNED: { message: '该车辆未登记在您的名下，不能绑定', description: 'The plate is not registered to the citizen.', where: 'payload' },
  ALREADY_BOUND: { message: '已绑定，无需重复绑定', description: 'The licence or plate is already bound to this citizen.', where: 'payload' },
  NOT_BOUND: { message: '尚未绑定该项', description: 'Unbinding something that is not bound.', where: 'payload' },
  BINDING_LIMIT: { message: '最多可绑定 20 辆机动车', description: 'The citizen has bound 20 vehicles.', where: 'payload' },
  // officers: fugitive alerts
  ALERT_NOT_FOUND: { message: '未找到该预警，或已处理', description: 'No open alert with this id in the officer’s units.', where: 'payload' },
  // officers: sign-in (unknown account, wrong password and wrong code all read the same)
  INVALID_CREDENTIALS: { message: '用户名、密码或动态口令错误', description: 'Unknown account, wrong password or wrong TOTP code: one answer for all.', where: 'payload' },
  ACCOUNT_LOCKED: { message: '连续登录失败次数过多，账号已锁定 30 分钟', description: 'No longer answered (a lock must not confirm that an account exists): the audit action of five failures in a row.', where: 'payload' },
  SIGN_IN_THROTTLED: { message: '登录尝试过于频繁，请稍后再试', description: 'This source failed too often (against this name, or against many): refused for a while, whether the name exists or not.', where: 'payload' },
  TOTP_ENROLMENT_REQUIRED: { message: '首次登录须绑定动态口令，请用身份验证器扫码', description: 'First sign-in: the officer must enrol an authenticator (`enrolment`).', where: 'payload' },
  ENROLMENT_TICKET_INVALID: { message: '绑定凭证无效或已过期，请重新登录', description: 'The enrolment ticket is unknown or expired.', where: 'payload' },
  TOTP_INVALID: { message: '动态口令错误，请核对身份验证器上的 6 位数字', description: 'The TOTP code given during enrolment is wrong.', where: 'payload' },
  PASSWORD_EXPIRED: { message: '密码已过期（或为临时密码），请先修改密码', description: 'The password is older than 90 days, or is a one-time password.', where: 'payload' },
  PASSWORD_TOO_WEAK: { message: '密码不符合复杂度要求', description: 'The new password fails the complexity policy (the message says which rule).', where: 'payload' },
  PASSWORD_REUSED: { message: '新密码不能与当前密码相同', description: 'The new password equals the current one.', where: 'payload' },
  // officers: administration
  ROLE_CONFLICT: { message: '系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色', description: 'The three administrator roles must be held by different people, with no business role.', where: 'payload' },
  ADMIN_ROLE_NOT_ALLOWED: { message: '新建账号只能授予业务角色，管理员角色由安全管理员授予', description: 'A new account may only get business roles.', where: 'payload' },
  USERNAME_INVALID: { message: '用户名须以字母开头，由 3-32 位字母、数字、点、下划线或连字符组成', description: 'The username breaks the username rule.', where: 'payload' },
  USERNAME_TAKEN: { message: '该用户名已被使用', description: 'Another officer has this username.', where: 'payload' },
  OFFICER_NAME_INVALID: { message: '姓名须为 2-32 个字符', description: 'An officer’s name is shorter than 2 or longer than 32 characters.', where: 'payload' },
  CONTACT_PHONE_INVALID: { message: '电话号码格式不正确', description: 'An officer’s or a duty phone is neither a mobile nor a landline number.', where: 'payload' },
  OFFICER_NOT_FOUND: { message: '未找到该民警账号', description: 'No officer with this id in the administrator’s units.', where: 'payload' },
  ROLE_REQUIRED: { message: '民警账号至少须有一个角色', description: 'An officer account with no role.', where: 'payload' },
  CONTACT_PHONE_REQUIRED: { message: '请填写民警本人的手机号，一次性密码将以短信发送给本人', description: 'Creating an officer (or resetting one) without a mobile phone to text the one-time password to.', where: 'payload' },
  CONTACT_PHONE_OF_ADMINISTRATOR: { message: '该手机号属于管理员账号，一次性密码须发送给民警本人', description: 'A new officer’s phone is an administrator’s: the one-time password would reach the administrator.', where: 'payload' },
  ADMIN_TARGET_FORBIDDEN: { message: '不能对管理员账号执行该操作（管理员之间互相制约）', description: 'An administrator disabling, or changing the roles of, an administrator account.', where: 'payload' },
  RESET_REQUEST_NOT_FOUND: { message: '未找到待审批的重置申请，或已过期', description: 'No pending, unexpired reset request with this id.', where: 'payload' },
  RESET_APPROVER_INVALID: { message: '须由与被重置账号同角色的另一名管理员审批（申请人和本人不可审批）', description: 'The approver lacks the required role, or is the requester or the target.', where: 'payload' },
  SELF_CHANGE_FORBIDDEN: { message: '不能修改本人账号的角色或状态，请由其他管理员操作', description: 'An administrator changing their own roles or status.', where: 'payload' },
  UNIT_CODE_INVALID: { message: '单位代码须为 12 位数字（6 位行政区划 + 6 位单位代码）', description: 'A unit code is not 12 digits.', where: 'payload' },
  UNIT_NOT_FOUND: { message: '未找到该单位', description: 'No unit with this code in the caller’s scope.', where: 'payload' },
  UNIT_EXISTS: { message: '该单位代码已存在', description: 'The unit code is taken.', where: 'payload' },
  UNIT_PARENT_MISMATCH: { message: '单位代码不在上级单位的代码范围内', description: 'A unit’s code does not fall under its parent’s region.', where: 'payload' },
  // partner API keys
  PARTNER_NAME_INVALID: { message: '合作单位名称须为 2-64 个字符', description: 'The partner’s name is shorter than 2 or longer than 64 characters.', where: 'payload' },
  SCOPE_UNKNOWN: { message: '授权范围不在可选列表中', description: 'A scope no subgraph registered.', where: 'payload' },
  LIMIT_INVALID: { message: '速率限制与每日成本预算须为正整数', description: 'Rate limit or daily cost budget not a positive integer.', where: 'payload' },
  PARTNER_KEY_NOT_FOUND: { message: '未找到该 API 密钥', description: 'No partner key with this id.', where: 'payload' },
  PARTNER_KEY_INACTIVE: { message: '该 API 密钥已吊销或已过期', description: 'Rotating or revoking a key that is revoked or expired.', where: 'payload' },
  VERIFY_BUDGET_EXCEEDED: { message: '今日核验次数已用完，请明日再试', description: '`verifyPerson`: the partner used its daily number of checks (VERIFY_PERSON_DAILY_LIMIT).', where: 'query' },
  // officers: citizen look-ups
  CITIZEN_OUT_OF_SCOPE: { message: '该公民户籍地不在本单位辖区，无权查询', description: '`citizenByIdNumber`: the ID number’s household-registration region is outside the officer’s bureau (city).', where: 'query' },
});

export type IdentityErrorCode = CodeOf<typeof IdentityErrors>;

/** The citizen-facing text of a code. */
export const identityMessage = (code: IdentityErrorCode) => IdentityErrors.codes[code].message;

/** A payload error from a failure of identity's own code (its catalogue message unless one is given). */
export const toUserError = (failure: { code: IdentityErrorCode; message?: string; field?: string }) => UserError.of(failure.code, failure.message ?? identityMessage(failure.code), failure.field);
