'use client';

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import type { AuditChainFieldsFragment } from '@/gql/graphql';
import { onlySubgraph, SUBGRAPH_LABELS, type SubgraphKey } from '@/features/console/subgraphs';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { formatStamp } from '@/features/shared/format/format-time';
import { useLazyQuery } from '@/features/shared/api/use-mutation';
import { auditTrailChainQuery } from './audit.operations';
import { CHAIN_REASON_LABELS } from './audit-labels';

type Status = AuditChainFieldsFragment;

/** 链完整性 of one subgraph's trail: recomputes its whole hash chain on demand (it reads every row, so only when asked). */
export function ChainStatusCard({ trail }: { trail: SubgraphKey }) {
  const api = useOfficerApi();
  const check = useLazyQuery(api, auditTrailChainQuery);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onCheck() {
    setError(null);
    const { data, errors } = await check.run(onlySubgraph(trail));
    const chain = data?.auditTrails[trail]?.chain;
    if (chain) setStatus(chain);
    else setError(describeErrors(errors)[0] ?? '校验失败，请稍后再试');
  }

  return (
    <Card
      title={`审计链完整性（${SUBGRAPH_LABELS[trail]}）`}
      extra={
        <Button icon={<SafetyCertificateOutlined />} onClick={onCheck} loading={check.running} data-testid="check-chain">
          立即校验
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!status && !error && <Alert type="info" showIcon title={`${SUBGRAPH_LABELS[trail]}的审计记录逐条以哈希链相连，任何修改、删除或插入都会被发现。点击“立即校验”重新计算全部记录。`} />}
      {status && (
        <div data-testid="chain-status">
          {status.ok ? (
            <Alert type="success" showIcon title={`审计链完整：已校验 ${status.checkedRows} 条记录`} />
          ) : (
            <Alert
              type="error"
              showIcon
              title="审计链校验未通过"
              description={`自记录 ${status.firstBrokenId ?? '未知'} 起无法通过校验：${CHAIN_REASON_LABELS[status.reason ?? ''] ?? status.reason ?? '原因未知'}。此事件已记入审计日志。`}
            />
          )}
          <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
            <Descriptions.Item label="校验时间">{formatStamp(status.checkedAt)}</Descriptions.Item>
            <Descriptions.Item label="校验记录数">{status.checkedRows}</Descriptions.Item>
            <Descriptions.Item label="编号空缺">{status.gaps}（事务回滚所致，不影响完整性）</Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Card>
  );
}
