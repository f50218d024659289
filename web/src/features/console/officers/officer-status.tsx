'use client';

import { Tag } from 'antd';
import type { OfficerRow } from './types';

/** One tag for the account's state, most pressing first. */
export function OfficerStatus({ officer }: { officer: OfficerRow }) {
  if (officer.disabled) return <Tag color="default">已停用</Tag>;
  if (officer.lockedUntil && Date.parse(officer.lockedUntil) > Date.now()) return <Tag color="error">已锁定</Tag>;
  if (!officer.totpEnrolled) return <Tag color="warning">待绑定验证器</Tag>;
  if (!officer.passwordExpiresAt) return <Tag color="warning">待修改初始密码</Tag>;
  if (Date.parse(officer.passwordExpiresAt) <= Date.now()) return <Tag color="warning">密码已过期</Tag>;
  return <Tag color="success">正常</Tag>;
}
