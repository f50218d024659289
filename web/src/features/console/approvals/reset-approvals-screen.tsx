'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import type { OfficerResetRequestsQuery } from '@/gql/graphql';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { QueryState } from '@/features/console/shell/query-state';
import { ROLE_LABELS } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import { formatStamp } from '@/features/shared/format/format-time';
import { approveOfficerResetMutation, officerResetRequestsQuery } from './reset-approvals.operations';

type ResetRequest = OfficerResetRequestsQuery['officerResetRequests'][number];

/**
 * 待审批 (the three administrators): resets of administrator accounts that a security administrator asked
 * for and that this officer may approve — another holder of the target's role, neither the requester nor the
 * target (identity lists only those). 批准 performs the reset: the one-time password is texted to the
 * officer's own mobile, never shown here.
 */
export function ResetApprovalsScreen() {
  const api = useOfficerApi();
  const query = useQuery(api, officerResetRequestsQuery, {});
  const approve = useMutation(api, approveOfficerResetMutation);
  const feedback = usePayloadFeedback();
  const { message } = App.useApp();

  const columns: TableColumnsType<ResetRequest> = [
    { title: '申请人', dataIndex: 'requestedBy', key: 'requestedBy' },
    { title: '被重置账号', dataIndex: 'username', key: 'username' },
    { title: '账号角色', dataIndex: 'requiredRole', key: 'requiredRole', render: (role: ResetRequest['requiredRole']) => <Tag color="purple">{ROLE_LABELS[role]}</Tag> },
    {
      title: '重置内容',
      dataIndex: 'resetTotp',
      key: 'resetTotp',
      render: (resetTotp: boolean) => (resetTotp ? <Tag color="orange">密码及身份验证器</Tag> : <Tag>仅密码</Tag>),
    },
    { title: '申请时间', dataIndex: 'requestedAt', key: 'requestedAt', width: 170, render: (at: string) => formatStamp(at) },
    { title: '有效期至', dataIndex: 'expiresAt', key: 'expiresAt', width: 170, render: (at: string) => formatStamp(at) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, request) => (
        <Popconfirm
          title={`批准重置 ${request.username}？`}
          description={`批准后立即生效：该账号的所有登录失效，一次性密码以短信发送至其本人手机${request.resetTotp ? '，并须重新绑定身份验证器' : ''}。`}
          okText="批准"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={async () => {
            const payload = feedback(await approve.run({ resetRequestId: request.id }), (data) => data.approveOfficerReset, '已批准');
            if (payload) message.info(`管理员 ${request.username} 的一次性密码已通过短信发送至其本人手机 ${payload.oneTimePasswordSentTo ?? ''}`);
            // Refetched either way: approved, or gone (approved by someone else, expired).
            query.reload();
          }}
        >
          <Button size="small" type="link" loading={approve.running} data-testid="approve-reset">
            批准
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title="待审批的管理员账号重置"
      extra={
        <Button icon={<ReloadOutlined />} onClick={query.reload}>
          刷新
        </Button>
      }
      data-testid="reset-approvals"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="管理员账号的密码重置须由另一名同角色管理员批准（申请人和被重置的本人不能批准），申请 24 小时内有效。"
      />
      <QueryState query={query} select={(data) => data.officerResetRequests} title="暂时无法获取待审批的申请">
        {(requests, view) => (
          <Table<ResetRequest>
            rowKey="id"
            size="middle"
            loading={view.reloading}
            columns={columns}
            dataSource={requests}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待您审批的申请" /> }}
            data-testid="reset-requests"
          />
        )}
      </QueryState>
    </Card>
  );
}
