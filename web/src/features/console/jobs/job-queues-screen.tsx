'use client';

import { ReloadOutlined } from '@ant-design/icons';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Alert, Button, Card, Col, Empty, Popconfirm, Row, Space, Statistic, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { JobQueueFieldsFragment, RetryIdentityJobMutation, RetryPaymentJobMutation, RetryQueueJobMutation, RetryTrafficJobMutation } from '@/gql/graphql';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { SUBGRAPH_LABELS, SUBGRAPHS, type SubgraphKey } from '@/features/console/subgraphs';
import type { ApiChannel } from '@/features/shared/api/api-channel';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import type { UserErrorLike } from '@/features/shared/api/user-error';
import { formatStamp } from '@/features/shared/format/format-time';
import { jobQueuesQuery, retryIdentityJobMutation, retryPaymentJobMutation, retryQueueJobMutation, retryTrafficJobMutation } from './jobs.operations';

type Queue = JobQueueFieldsFragment;
type DeadJob = Queue['jobs'][number];

/** The most overdue pending job may be this late (seconds) before the queue counts as backed up. */
const BACKLOG_SECONDS = 300;

interface RetryPayload {
  error?: UserErrorLike | null;
}

/** A subgraph's retry mutation as a hook answering its payload (so one card serves every subgraph). */
function retryHook<T>(document: TypedDocumentNode<T, { id: string }>, pick: (data: T) => RetryPayload | null | undefined) {
  // biome-ignore lint/correctness/noComponentHookFactories: retryHook runs once per subgraph at module level (below), so each hook is one stable function
  return function useRetryJob(api: ApiChannel) {
    const mutation = useMutation(api, document);
    return {
      running: mutation.running,
      run: async (id: string) => {
        const result = await mutation.run({ id });
        return { ...result, data: result.data ? (pick(result.data) ?? null) : null };
      },
    };
  };
}

/** retry<Subgraph>Job, one line per subgraph. */
const RETRY_JOB: Record<SubgraphKey, ReturnType<typeof retryHook>> = {
  identity: retryHook(retryIdentityJobMutation, (data: RetryIdentityJobMutation) => data.retryIdentityJob),
  traffic: retryHook(retryTrafficJobMutation, (data: RetryTrafficJobMutation) => data.retryTrafficJob),
  payment: retryHook(retryPaymentJobMutation, (data: RetryPaymentJobMutation) => data.retryPaymentJob),
  queue: retryHook(retryQueueJobMutation, (data: RetryQueueJobMutation) => data.retryQueueJob),
};

function formatAge(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟`;
  return `${Math.floor(seconds / 3600)} 小时 ${Math.floor((seconds % 3600) / 60)} 分钟`;
}

/** 任务队列 (system administrator): every subgraph's durable jobs, their backlog and dead letters, 重试 once the cause is fixed. */
export function JobQueuesScreen() {
  const api = useOfficerApi();
  const query = useQuery(api, jobQueuesQuery, {});
  return (
    <Card
      title="任务队列"
      extra={
        <Button icon={<ReloadOutlined />} onClick={query.reload}>
          刷新
        </Button>
      }
      data-testid="job-queues"
    >
      <QueryState query={query} select={(data) => data.jobQueues} title="暂时无法获取任务队列">
        {(queues, view) => (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {SUBGRAPHS.map((key) => (
              <JobQueueCard key={key} subgraph={key} queue={queues[key]} reloading={view.reloading} onChanged={query.reload} />
            ))}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}

function JobQueueCard({ subgraph, queue, reloading, onChanged }: { subgraph: SubgraphKey; queue: Queue; reloading: boolean; onChanged: () => void }) {
  const api = useOfficerApi();
  const retry = RETRY_JOB[subgraph](api);
  const feedback = usePayloadFeedback();
  const { counts } = queue;
  const backlog = counts.oldestDueAgeSeconds != null && counts.oldestDueAgeSeconds > BACKLOG_SECONDS;

  const columns: TableColumnsType<DeadJob> = [
    { title: '任务类型', dataIndex: 'kind', key: 'kind', render: (kind: string) => <code>{kind}</code> },
    { title: '业务标识', dataIndex: 'key', key: 'key', render: (key: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{key}</Typography.Text> },
    { title: '已尝试', key: 'attempts', width: 90, render: (_, job) => `${job.attempts} / ${job.maxAttempts}` },
    {
      title: '最后错误',
      dataIndex: 'lastError',
      key: 'lastError',
      render: (lastError: string | null) => (lastError ? <Typography.Text type="danger" style={{ wordBreak: 'break-all' }}>{lastError}</Typography.Text> : '—'),
    },
    { title: '更新时间', dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (at: string) => formatStamp(at) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, job) => (
        <Popconfirm
          title="确认已排除故障原因后重试？"
          description="任务将重新计数尝试次数并立即执行。"
          okText="重试"
          cancelText="取消"
          onConfirm={async () => {
            if (feedback(await retry.run(job.id), (payload) => payload, '任务已重新排队')) onChanged();
          }}
        >
          <Button size="small" type="link" loading={retry.running} data-testid="retry-job">
            重试
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card type="inner" title={SUBGRAPH_LABELS[subgraph]} data-testid={`job-queue-${subgraph}`}>
      {backlog && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`积压：最早到期的待执行任务已延迟 ${formatAge(counts.oldestDueAgeSeconds ?? 0)}，处理能力可能不足`}
          data-testid="job-backlog"
        />
      )}
      <Row gutter={16} data-testid="job-counts">
        <Col span={6}>
          <Statistic title="待执行" value={counts.pending} />
        </Col>
        <Col span={6}>
          <Statistic title="执行中" value={counts.running} />
        </Col>
        <Col span={6}>
          <Statistic title="已完成" value={counts.done} />
        </Col>
        <Col span={6}>
          <Tooltip title="尝试次数用尽或被永久拒绝的任务，排除故障原因后可重试">
            <Statistic title="死信" value={counts.dead} styles={counts.dead > 0 ? { content: { color: '#cf1322' } } : undefined} />
          </Tooltip>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        死信任务
        {counts.dead > queue.jobs.length && (
          <Typography.Text type="secondary" style={{ fontSize: 'inherit', fontWeight: 'normal' }}>
            （显示最近 {queue.jobs.length} 条，共 {counts.dead} 条）
          </Typography.Text>
        )}
      </Typography.Title>
      <Table<DeadJob>
        rowKey="id"
        size="middle"
        loading={reloading}
        columns={columns}
        dataSource={queue.jobs}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有死信任务" /> }}
        data-testid="dead-jobs"
      />
    </Card>
  );
}
