'use client';

import { Checkbox, Space, Typography } from 'antd';
import type { OfficerRole } from '@/gql/graphql';
import { ADMIN_ROLES, BUSINESS_ROLES, ROLE_LABELS, isAdminRole } from '@/features/console/shell/roles';

/**
 * Role picker that keeps the separation of duties: picking an administrator
 * role clears everything else, picking a business role clears administrator
 * roles. `adminAllowed` is false where only business roles may be given.
 */
export function RoleCheckboxes({
  value = [],
  onChange,
  adminAllowed,
}: {
  value?: OfficerRole[];
  onChange?: (roles: OfficerRole[]) => void;
  adminAllowed: boolean;
}) {
  function toggle(role: OfficerRole, checked: boolean) {
    if (!checked) return onChange?.(value.filter((r) => r !== role));
    if (isAdminRole(role)) return onChange?.([role]);
    onChange?.([...value.filter((r) => !isAdminRole(r)), role]);
  }
  const group = (roles: readonly OfficerRole[]) =>
    roles.map((role) => (
      <Checkbox key={role} checked={value.includes(role)} onChange={(event) => toggle(role, event.target.checked)}>
        {ROLE_LABELS[role]}
      </Checkbox>
    ));
  return (
    <Space orientation="vertical">
      <div>
        <Typography.Text type="secondary">业务角色（可兼任）：</Typography.Text>
        <div>{group(BUSINESS_ROLES)}</div>
      </div>
      {adminAllowed && (
        <div>
          <Typography.Text type="secondary">管理员角色（三员分立，只能单独担任）：</Typography.Text>
          <div>{group(ADMIN_ROLES)}</div>
        </div>
      )}
    </Space>
  );
}
