'use client';

import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { beijingToday } from '../beijing-day';
import { runReconciliationMutation } from './reconciliation.operations';

/**
 * 立即对账 (leader): every channel's bill of a day reconciled again now — today's bill so far, or a day whose
 * bill a channel corrected. The API queues it; `onQueued` lets the page wait for the result.
 */
export function RunReconciliation({ onQueued }: { onQueued: (date: string) => void }) {
  const api = useOfficerApi();
  const run = useMutation(api, runReconciliationMutation);
  const { message } = App.useApp();
  const today = beijingToday();
  const [day, setDay] = useState<Dayjs>(() => dayjs(today));
  const date = day.format('YYYY-MM-DD');

  async function onConfirm() {
    const result = await run.run({ date });
    const payload = result.data?.runReconciliation;
    if (payload?.queued && !payload.error) {
      message.success(`已提交 ${date} 的对账，结果将自动刷新`);
      onQueued(date);
      return;
    }
    message.error(payload?.error ? userErrorMessage(payload.error, '提交对账失败，请稍后再试') : (describeErrors(result.errors)[0] ?? '提交对账失败，请稍后再试'));
  }

  return (
    <Space.Compact>
      <DatePicker value={day} allowClear={false} onChange={(value) => value && setDay(value)} disabledDate={(d) => d.format('YYYY-MM-DD') > today} data-testid="run-date" />
      <Popconfirm title={`立即核对 ${date} 的账单？`} description="将重新核对支付宝、微信支付当日账单与本地流水，已处理的差异保持不变。" okText="开始对账" cancelText="取消" onConfirm={onConfirm}>
        <Button type="primary" icon={<PlayCircleOutlined />} loading={run.running} data-testid="run-reconciliation">
          立即对账
        </Button>
      </Popconfirm>
    </Space.Compact>
  );
}
