'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AlertStatus, FugitiveAlertsQuery } from '@/gql/graphql';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { formatStamp } from '@/features/shared/format/format-time';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { acknowledgeFugitiveAlertMutation, fugitiveAlertsQuery } from './fugitive-alerts.operations';

type AlertRow = FugitiveAlertsQuery['fugitiveAlerts'][number];
type StatusFilter = AlertStatus | 'ALL';

const PAGE_SIZE = 100;

/**
 * 在逃人员预警: comparison hits for the officer's units, newest first. Personal
 * data stays masked here; an open alert is signed for (签收) by whoever handles it.
 */
export function FugitiveAlertsScreen() {
  const api = useOfficerApi();
  const { unitName } = useCurrentOfficer();
  const [status, setStatus] = useState<StatusFilter>('OPEN');
  const query = useQuery(api, fugitiveAlertsQuery, { status: status === 'ALL' ? null : status, first: PAGE_SIZE });
  const { reload } = query;
  const acknowledge = useMutation(api, acknowledgeFugitiveAlertMutation);
  const feedback = usePayloadFeedback();

  const columns: TableColumnsType<AlertRow> = [
    { title: '预警时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatStamp(at) },
    { title: '身份证号', dataIndex: 'idNumber', key: 'idNumber', render: (id: string) => <code>{id}</code> },
    { title: '姓名', key: 'name', render: (_, row) => row.citizen?.name ?? '—' },
    { title: '手机号', key: 'phone', render: (_, row) => row.citizen?.phone ?? '—' },
    { title: '在逃人员编号', dataIndex: 'caseNumber', key: 'caseNumber' },
    { title: '案件类别', dataIndex: 'category', key: 'category' },
    { title: '上网单位', dataIndex: 'wantedBy', key: 'wantedBy' },
    { title: '立案日期', dataIndex: 'listedOn', key: 'listedOn', render: (day: string | null) => day ?? '—' },
    { title: '处置单位', dataIndex: 'unitCode', key: 'unitCode', render: (code: string) => unitName(code) },
    {
      title: '状态',
      key: 'status',
      render: (_, row) =>
        row.status === 'OPEN' ? <Tag color="red">待处置</Tag> : <Tag color="default">已签收 {formatStamp(row.acknowledgedAt)}</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.status === 'OPEN' ? (
          <Popconfirm
            title="签收该预警？"
            description="签收表示本人已知悉并开始处置，签收记录将留存备查。"
            okText="签收"
            onConfirm={async () => {
              if (feedback(await acknowledge.run({ id: row.id }), (d) => d.acknowledgeFugitiveAlert, '已签收')) reload();
            }}
          >
            <Button size="small" type="primary">
              签收
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card
      title="在逃人员预警"
      extra={
        <Space>
          <Segmented<StatusFilter>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'OPEN', label: '待处置' },
              { value: 'ACKNOWLEDGED', label: '已签收' },
              { value: 'ALL', label: '全部' },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="预警信息属于敏感信息，仅限处置使用，不得向市民透露比对结果。"
        description="身份证号、姓名、手机号按规定脱敏显示。"
      />
      <QueryState query={query} select={(data) => data.fugitiveAlerts} title="暂时无法获取预警信息">
        {(alerts, view) => (
          <Table<AlertRow>
            rowKey="id"
            size="middle"
            loading={view.reloading}
            columns={columns}
            dataSource={alerts}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="alerts-table"
          />
        )}
      </QueryState>
    </Card>
  );
}
