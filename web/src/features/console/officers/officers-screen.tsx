'use client';

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { ROLE_LABELS, hasAnyRole } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { formatStamp } from '@/features/shared/format/format-time';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { CreateOfficerModal } from './create-officer-modal';
import { OfficerStatus } from './officer-status';
import { disableOfficerMutation, enableOfficerMutation, officersQuery, unlockOfficerMutation } from './officers.operations';
import { ResetPasswordModal } from './reset-password-modal';
import { RolesModal } from './roles-modal';
import type { OfficerRow } from './types';

/**
 * 民警与角色: the officers of a unit in the caller's scope. The system
 * administrator creates, disables and enables accounts; the security
 * administrator sets roles, resets passwords and unlocks; a leader reads.
 */
export function OfficersScreen() {
  const api = useOfficerApi();
  const { officer: me, units, unitName } = useCurrentOfficer();
  const [unitCode, setUnitCode] = useState(me.unitCode);
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const query = useQuery(api, officersQuery, { unitCode, includeSubUnits });
  const { reload } = query;
  const [creating, setCreating] = useState(false);
  const [editingRoles, setEditingRoles] = useState<OfficerRow | null>(null);
  const [resetting, setResetting] = useState<OfficerRow | null>(null);
  // An administrator's reset waits for a second approver: said until dismissed, not in a passing toast.
  const [pendingNotice, setPendingNotice] = useState<string | null>(null);
  const feedback = usePayloadFeedback();
  const { message } = App.useApp();
  const disable = useMutation(api, disableOfficerMutation);
  const enable = useMutation(api, enableOfficerMutation);
  const unlock = useMutation(api, unlockOfficerMutation);

  const isSystemAdmin = hasAnyRole(me.roles, ['SYSTEM_ADMIN']);
  const isSecurityAdmin = hasAnyRole(me.roles, ['SECURITY_ADMIN']);

  const columns: TableColumnsType<OfficerRow> = [
    { title: '用户名', dataIndex: 'username', key: 'username' },
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '手机号', dataIndex: 'phone', key: 'phone', render: (phone: string | null) => phone ?? '—' },
    { title: '单位', dataIndex: 'unitCode', key: 'unit', render: (code: string) => unitName(code) },
    {
      title: '角色',
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: OfficerRow['roles']) =>
        roles.length ? roles.map((role) => <Tag key={role} color={role.endsWith('_ADMIN') ? 'purple' : 'blue'}>{ROLE_LABELS[role]}</Tag>) : <Tag>无</Tag>,
    },
    { title: '状态', key: 'status', render: (_, row) => <OfficerStatus officer={row} /> },
    { title: '上次登录', dataIndex: 'lastSignInAt', key: 'lastSignInAt', render: (at: string | null) => formatStamp(at) || '—' },
  ];
  if (isSystemAdmin || isSecurityAdmin) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.id === me.id ? (
          <Tag>本人</Tag>
        ) : (
          <Space size="small" wrap>
            {isSecurityAdmin && (
              <Button size="small" type="link" onClick={() => setEditingRoles(row)}>
                设置角色
              </Button>
            )}
            {isSecurityAdmin && (
              <Button size="small" type="link" onClick={() => setResetting(row)}>
                重置密码
              </Button>
            )}
            {isSecurityAdmin && row.lockedUntil && Date.parse(row.lockedUntil) > Date.now() && (
              <Button
                size="small"
                type="link"
                onClick={async () => {
                  if (feedback(await unlock.run({ officerId: row.id }), (d) => d.unlockOfficer, '已解锁')) reload();
                }}
              >
                解锁
              </Button>
            )}
            {isSystemAdmin &&
              (row.disabled ? (
                <Button
                  size="small"
                  type="link"
                  onClick={async () => {
                    if (feedback(await enable.run({ officerId: row.id }), (d) => d.enableOfficer, '账号已启用')) reload();
                  }}
                >
                  启用
                </Button>
              ) : (
                <Popconfirm
                  title="停用该账号？"
                  description="停用后该民警无法登录，已有登录立即失效。"
                  okText="停用"
                  okButtonProps={{ danger: true }}
                  onConfirm={async () => {
                    if (feedback(await disable.run({ officerId: row.id }), (d) => d.disableOfficer, '账号已停用')) reload();
                  }}
                >
                  <Button size="small" type="link" danger>
                    停用
                  </Button>
                </Popconfirm>
              ))}
          </Space>
        ),
    });
  }

  return (
    <Card
      title="民警与角色"
      extra={
        <Space wrap>
          <Select
            style={{ minWidth: 260 }}
            value={unitCode}
            onChange={setUnitCode}
            showSearch={{ optionFilterProp: 'label' }}
            options={units.map((unit) => ({ value: unit.code, label: `${unit.name}（${unit.code}）` }))}
            aria-label="单位"
          />
          <Space>
            <Switch checked={includeSubUnits} onChange={setIncludeSubUnits} />
            含下级单位
          </Space>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {isSystemAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-officer">
              新建民警
            </Button>
          )}
        </Space>
      }
    >
      {pendingNotice && <Alert type="warning" showIcon closable={{ onClose: () => setPendingNotice(null) }} style={{ marginBottom: 16 }} title={pendingNotice} data-testid="reset-pending" />}
      <QueryState query={query} select={(data) => data.officers} title="暂时无法获取民警列表">
        {(officers, view) => (
          <Table<OfficerRow>
            rowKey="id"
            size="middle"
            loading={view.reloading}
            columns={columns}
            dataSource={officers}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="officers-table"
          />
        )}
      </QueryState>
      <CreateOfficerModal
        open={creating}
        defaultUnitCode={unitCode}
        onClose={() => setCreating(false)}
        onCreated={(notice) => {
          setCreating(false);
          message.info(notice);
          reload();
        }}
      />
      <RolesModal
        officer={editingRoles}
        onClose={() => setEditingRoles(null)}
        onSaved={() => {
          setEditingRoles(null);
          reload();
        }}
      />
      <ResetPasswordModal
        officer={resetting}
        onClose={() => setResetting(null)}
        onReset={(notice, pending) => {
          setResetting(null);
          if (pending) setPendingNotice(notice);
          else message.info(notice);
          reload();
        }}
      />
    </Card>
  );
}
