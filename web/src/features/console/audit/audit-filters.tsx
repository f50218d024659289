'use client';

import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditEntryFilter } from '@/gql/graphql';
import { ACTION_LABELS } from './audit-labels';

interface Values {
  action?: string;
  actorId?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const blankToNull = (value: string | undefined) => value?.trim() || null;

/** 筛选: action, who, about whom, when. Submitting starts again at the newest page. */
export function AuditFilters({ onChange }: { onChange: (filter: AuditEntryFilter) => void }) {
  const [form] = Form.useForm<Values>();
  function onFinish(values: Values) {
    const [from, to] = values.range ?? [null, null];
    onChange({
      action: values.action ?? null,
      actorId: blankToNull(values.actorId),
      targetId: blankToNull(values.targetId),
      from: from ? from.startOf('day').toISOString() : null,
      // The API's `to` is exclusive: the whole last day is included.
      to: to ? to.add(1, 'day').startOf('day').toISOString() : null,
    });
  }
  return (
    <Form form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 12 }} data-testid="audit-filters">
      <Form.Item name="action" label="事件">
        <Select allowClear style={{ width: 180 }} placeholder="全部" options={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="actorId" label="操作人编号">
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="targetId" label="对象编号">
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range" label="时间">
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
