'use client';

import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { BUSINESS_KIND_LABELS, CHANNEL_LABELS, ORDER_STATUS_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel, PaymentOrderFilter, PaymentOrderStatus } from '@/gql/graphql';

interface Values {
  status?: PaymentOrderStatus;
  channel?: PaymentChannel;
  businessKind?: string;
  countyCode?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** 筛选: status, channel, business kind, county, the day the order was created. Submitting starts again at the newest page. */
export function PaymentOrderFilters({ onChange }: { onChange: (filter: PaymentOrderFilter) => void }) {
  const [form] = Form.useForm<Values>();
  function onFinish(values: Values) {
    const [from, to] = values.range ?? [null, null];
    onChange({
      status: values.status ?? null,
      channel: values.channel ?? null,
      businessKind: values.businessKind ?? null,
      countyCode: values.countyCode?.trim() || null,
      from: from ? from.startOf('day').toISOString() : null,
      // The API's `to` is exclusive: the whole last day is included.
      to: to ? to.add(1, 'day').startOf('day').toISOString() : null,
    });
  }
  return (
    <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 12 }} data-testid="payment-filters">
      <Form.Item name="status" label="状态">
        <Select allowClear style={{ width: 120 }} placeholder="全部" options={options(ORDER_STATUS_LABELS)} data-testid="filter-status" />
      </Form.Item>
      <Form.Item name="channel" label="支付渠道">
        <Select allowClear style={{ width: 120 }} placeholder="全部" options={options(CHANNEL_LABELS)} />
      </Form.Item>
      <Form.Item name="businessKind" label="业务类型">
        <Select allowClear style={{ width: 150 }} placeholder="全部" options={options(BUSINESS_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="countyCode" label="区县代码" rules={[{ pattern: /^\d{6}$/, message: '请输入6位行政区划代码' }]}>
        <Input allowClear style={{ width: 130 }} maxLength={6} placeholder="如 411002" />
      </Form.Item>
      <Form.Item name="range" label="创建日期">
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
