'use client';

import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Switch, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { OneTimeSecretModal, type OneTimeSecret } from '@/features/console/forms/one-time-secret-modal';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { formatStamp } from '@/features/shared/format/format-time';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import { QueryState } from '@/features/console/shell/query-state';
import { IssueKeyModal } from './issue-key-modal';
import { partnerKeysQuery, revokePartnerKeyMutation } from './partner-keys.operations';
import { RotateKeyModal } from './rotate-key-modal';
import type { PartnerKeyRow } from './types';

function KeyStatus({ row }: { row: PartnerKeyRow }) {
  if (row.revokedAt) return <Tag color="default">已吊销</Tag>;
  if (!row.active) return <Tag color="default">已失效</Tag>;
  if (row.expiresAt) return <Tooltip title={`轮换宽限期至 ${formatStamp(row.expiresAt)}`}><Tag color="warning">宽限期内</Tag></Tooltip>;
  return <Tag color="success">有效</Tag>;
}

/** 合作方密钥 (system administrator): issue, rotate, revoke; the list never holds a secret. */
export function PartnerKeysScreen() {
  const api = useOfficerApi();
  const [includeInactive, setIncludeInactive] = useState(false);
  const query = useQuery(api, partnerKeysQuery, { includeInactive });
  const { data, reload } = query;
  const [issuing, setIssuing] = useState(false);
  const [rotating, setRotating] = useState<PartnerKeyRow | null>(null);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);
  const revoke = useMutation(api, revokePartnerKeyMutation);
  const feedback = usePayloadFeedback();
  const scopes = data?.partnerScopes ?? [];
  const scopeLabel = new Map(scopes.map((s) => [s.scope, s.description]));

  const columns: TableColumnsType<PartnerKeyRow> = [
    { title: '合作方', dataIndex: 'partnerName', key: 'partnerName' },
    { title: '密钥前缀', dataIndex: 'prefix', key: 'prefix', render: (prefix: string) => <code>{prefix}</code> },
    {
      title: '授权范围',
      dataIndex: 'scopes',
      key: 'scopes',
      render: (list: string[]) => list.map((scope) => <Tooltip key={scope} title={scope}><Tag>{scopeLabel.get(scope) ?? scope}</Tag></Tooltip>),
    },
    { title: '每分钟上限', dataIndex: 'ratePerMinute', key: 'ratePerMinute' },
    { title: '每日额度', dataIndex: 'costBudgetPerDay', key: 'costBudgetPerDay', render: (n: number) => n.toLocaleString('zh-CN') },
    { title: '状态', key: 'status', render: (_, row) => <KeyStatus row={row} /> },
    { title: '签发时间', dataIndex: 'createdAt', key: 'createdAt', render: (at: string) => formatStamp(at) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.active ? (
          <Space size="small">
            <Button size="small" type="link" onClick={() => setRotating(row)}>
              轮换
            </Button>
            <Popconfirm
              title="吊销该密钥？"
              description="吊销后使用该密钥的请求立即被拒绝，且不可恢复。"
              okText="吊销"
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                if (feedback(await revoke.run({ id: row.id }), (d) => d.revokePartnerKey, '密钥已吊销')) reload();
              }}
            >
              <Button size="small" type="link" danger>
                吊销
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title="合作方密钥"
      extra={
        <Space wrap>
          <Space>
            <Switch checked={includeInactive} onChange={setIncludeInactive} />
            显示已失效
          </Space>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
            签发密钥
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="系统只保存密钥的摘要，密钥明文仅在签发或轮换时显示一次。" />
      <QueryState query={query} select={(d) => d.partnerKeys} title="暂时无法获取合作方密钥">
        {(keys, view) => (
          <Table<PartnerKeyRow> rowKey="id" size="middle" loading={view.reloading} columns={columns} dataSource={keys} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
        )}
      </QueryState>
      <IssueKeyModal
        open={issuing}
        scopes={scopes}
        onClose={() => setIssuing(false)}
        onIssued={(issued) => {
          setIssuing(false);
          setSecret(issued);
          reload();
        }}
      />
      <RotateKeyModal
        partnerKey={rotating}
        onClose={() => setRotating(null)}
        onRotated={(rotated) => {
          setRotating(null);
          setSecret(rotated);
          reload();
        }}
      />
      <OneTimeSecretModal value={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
