'use client';

import { App, Button, Card, DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField } from '@/features/shared/api/user-error';
import type { UpdateQueueHallScheduleInput } from '@/gql/graphql';
import { updateQueueHallScheduleMutation } from './queue-halls.operations';
import type { HallView } from './types';

interface Values {
  slotCapacity: number;
  onlineSharePercent: number;
  closedDates: Dayjs[];
  unitCode: string;
}

const FIELDS = ['slotCapacity', 'onlineSharePercent', 'closedDates', 'unitCode'] as const;

const sameDates = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((date, i) => date === [...b].sort()[i]);

/**
 * 排号设置 (system administrator, leader): numbers per slot, the share
 * bookable online, days closed to online booking, the unit that runs the
 * hall. Only what changed is sent; the change is audited before/after.
 */
export function HallScheduleForm({ hall, onSaved }: { hall: HallView; onSaved: () => void }) {
  const api = useOfficerApi();
  const { message } = App.useApp();
  const { units, unitName } = useCurrentOfficer();
  const save = useMutation(api, updateQueueHallScheduleMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<Values>();
  const unitCodes = [...new Set([hall.unitCode, ...units.map((unit) => unit.code)])];

  async function onFinish(values: Values) {
    const closedDates = values.closedDates.map((date) => date.format('YYYY-MM-DD')).sort();
    const input: UpdateQueueHallScheduleInput = { hallId: hall.id };
    if (values.slotCapacity !== hall.slotCapacity) input.slotCapacity = values.slotCapacity;
    if (values.onlineSharePercent !== hall.onlineSharePercent) input.onlineSharePercent = values.onlineSharePercent;
    if (!sameDates(closedDates, hall.closedDates)) input.closedDates = closedDates;
    if (values.unitCode !== hall.unitCode) input.unitCode = values.unitCode;
    if (Object.keys(input).length === 1) {
      message.info('没有需要保存的修改');
      return;
    }
    const result = await save.run({ input });
    const payload = feedback(result, (data) => data.updateQueueHallSchedule, '排号设置已保存');
    if (payload) return onSaved();
    const error = result.data?.updateQueueHallSchedule.error;
    if (error) markField(form, error, error.message, FIELDS);
  }

  return (
    <Card type="inner" title="排号设置" data-testid="hall-schedule">
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ slotCapacity: hall.slotCapacity, onlineSharePercent: hall.onlineSharePercent, closedDates: hall.closedDates.map((date) => dayjs(date)), unitCode: hall.unitCode }}
        onFinish={onFinish}
      >
        <Form.Item name="slotCapacity" label="每时段号数（每项业务）" rules={[{ required: true, message: '请输入每时段号数' }]} extra="每个时段每项业务可办理的号码总数（网上预约与现场取号合计）">
          <InputNumber min={1} max={999} precision={0} style={{ width: 200 }} data-testid="slot-capacity" />
        </Form.Item>
        <Form.Item name="onlineSharePercent" label="网上预约比例" rules={[{ required: true, message: '请输入网上预约比例' }]}>
          <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 200 }} data-testid="online-share" />
        </Form.Item>
        <Form.Item label="当前网上可约">
          <Typography.Text data-testid="online-capacity">每时段每项业务 {hall.onlineCapacity} 个号</Typography.Text>
        </Form.Item>
        <Form.Item name="closedDates" label="停止网上预约的日期" extra="法定节假日已按叫号系统自动停止预约；此处另行设置的日期现场仍可取号">
          <DatePicker multiple allowClear maxTagCount="responsive" style={{ width: '100%' }} placeholder="选择日期" data-testid="closed-dates" />
        </Form.Item>
        <Form.Item name="unitCode" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitCodes.map((code) => ({ value: code, label: `${unitName(code)}（${code}）` }))} data-testid="hall-unit" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.running} data-testid="save-schedule">
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
