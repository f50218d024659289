'use client';

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { hasAnyRole } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { CreateUnitModal } from './create-unit-modal';
import { DutyPhoneModal } from './duty-phone-modal';
import { unitTree, type UnitNode, type UnitRow } from './unit-tree';
import { unitsQuery } from './units.operations';

/** 单位: the units in scope as a tree, with duty phones (masked); the system administrator edits. */
export function UnitsScreen() {
  const api = useOfficerApi();
  const { officer } = useCurrentOfficer();
  const query = useQuery(api, unitsQuery, {});
  const { data, reload } = query;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UnitRow | null>(null);
  const isSystemAdmin = hasAnyRole(officer.roles, ['SYSTEM_ADMIN']);
  const units = useMemo(() => data?.units ?? [], [data]);
  const tree = useMemo(() => unitTree(units), [units]);

  const columns: TableColumnsType<UnitNode> = [
    { title: '单位名称', dataIndex: 'name', key: 'name' },
    { title: '单位代码', dataIndex: 'code', key: 'code' },
    { title: '行政区划', dataIndex: 'regionCode', key: 'regionCode' },
    { title: '值班电话', dataIndex: 'dutyPhone', key: 'dutyPhone', render: (phone: string | null) => phone ?? '未设置' },
  ];
  if (isSystemAdmin) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, unit) => (
        <Button size="small" type="link" onClick={() => setEditing(unit)}>
          设置值班电话
        </Button>
      ),
    });
  }

  return (
    <Card
      title="单位"
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {isSystemAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建单位
            </Button>
          )}
        </Space>
      }
    >
      <QueryState query={query} select={(d) => d.units} title="暂时无法获取单位列表">
        {(_units, view) => (
          <Table<UnitNode>
            rowKey="code"
            size="middle"
            loading={view.reloading}
            columns={columns}
            dataSource={tree}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            key={tree.length}
            data-testid="units-table"
          />
        )}
      </QueryState>
      <CreateUnitModal
        open={creating}
        units={units}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
      <DutyPhoneModal
        unit={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Card>
  );
}
