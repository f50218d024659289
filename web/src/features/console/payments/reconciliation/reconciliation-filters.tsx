'use client';

import { Button, DatePicker, Form, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel } from '@/gql/graphql';
import { beijingToday } from '../beijing-day';
import { DEFAULT_VIEW, type DifferenceStatus, type ReconciliationView } from './reconciliation-view';

interface Values {
  date?: Dayjs | null;
  channel?: PaymentChannel;
  status: DifferenceStatus;
}

const STATUS_OPTIONS: Array<{ value: DifferenceStatus; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '待处理' },
  { value: 'resolved', label: '已处理' },
];

const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

const formValues = (view: ReconciliationView): Values => ({ date: view.date ? dayjs(view.date) : null, channel: view.channel ?? undefined, status: view.status });

/** 筛选: one reconciled day (empty: the recent days), the channel, whether a difference was handled. Follows `view` when 查看差异 or 立即对账 set it. */
export function ReconciliationFilters({ view, onChange }: { view: ReconciliationView; onChange: (view: ReconciliationView) => void }) {
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(formValues(view)), [form, view]);
  const today = beijingToday();
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={formValues(view)}
      onFinish={(values) => onChange({ date: values.date ? values.date.format('YYYY-MM-DD') : null, channel: values.channel ?? null, status: values.status })}
      style={{ rowGap: 12 }}
      data-testid="reconciliation-filters"
    >
      <Form.Item name="date" label="对账日期">
        <DatePicker allowClear placeholder="近 30 天" disabledDate={(day) => day.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <Form.Item name="channel" label="支付渠道">
        <Select allowClear style={{ width: 120 }} placeholder="全部" options={CHANNEL_OPTIONS} />
      </Form.Item>
      <Form.Item name="status" label="处理状态">
        <Select style={{ width: 110 }} options={STATUS_OPTIONS} data-testid="filter-difference-status" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => onChange(DEFAULT_VIEW)}>重置</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
