'use client';

import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { ROLE_LABELS } from '@/features/console/shell/roles';
import { daysUntil, formatStamp } from '@/features/shared/format/format-time';
import { ChangePasswordCard } from './change-password-card';

/** Warn this many days before the 90-day password runs out. */
const EXPIRY_WARNING_DAYS = 14;

/** 我的账号: who I am, my unit and roles, when my password runs out; change it. */
export function AccountScreen() {
  const { officer, unitName } = useCurrentOfficer();
  const daysLeft = officer.passwordExpiresAt ? daysUntil(officer.passwordExpiresAt) : null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="my-account">
      {daysLeft !== null && daysLeft < EXPIRY_WARNING_DAYS && (
        <Alert type="warning" showIcon title={`密码将在 ${Math.max(daysLeft, 0)} 天后到期，请及时修改`} />
      )}
      <Card title="我的账号">
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
          <Descriptions.Item label="姓名">{officer.name}</Descriptions.Item>
          <Descriptions.Item label="用户名">{officer.username}</Descriptions.Item>
          <Descriptions.Item label="所属单位">
            {unitName(officer.unitCode)}（{officer.unitCode}）
          </Descriptions.Item>
          <Descriptions.Item label="角色">
            {officer.roles.map((role) => (
              <Tag key={role} color="blue">
                {ROLE_LABELS[role]}
              </Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label="手机号">{officer.phone ?? '未登记'}</Descriptions.Item>
          <Descriptions.Item label="身份验证器">
            {officer.totpEnrolled ? <Tag color="success">已绑定</Tag> : <Tag color="warning">未绑定</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="密码有效期至">
            <span data-testid="password-expires-at">{officer.passwordExpiresAt ? formatStamp(officer.passwordExpiresAt) : '须在下次登录时修改'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="上次登录">{formatStamp(officer.lastSignInAt) || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <ChangePasswordCard />
    </Space>
  );
}
