'use client';

import { Form, Input, Modal } from 'antd';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { UnitRow } from './unit-tree';
import { setUnitDutyPhoneMutation } from './units.operations';

/**
 * 值班电话 (system administrator): where this unit's alerts are texted. The
 * current number is only ever shown masked, so the field starts empty; an
 * empty save clears it.
 */
export function DutyPhoneModal({ unit, onClose, onSaved }: { unit: UnitRow | null; onClose: () => void; onSaved: () => void }) {
  const api = useOfficerApi();
  const save = useMutation(api, setUnitDutyPhoneMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<{ phone?: string }>();

  async function onOk() {
    if (!unit) return;
    const { phone } = await form.validateFields();
    const value = phone?.trim() || null;
    const result = await save.run({ code: unit.code, phone: value });
    if (feedback(result, (data) => data.setUnitDutyPhone, value ? '值班电话已设置' : '值班电话已清除')) onSaved();
  }

  return (
    <Modal open={unit !== null} title={unit ? `值班电话：${unit.name}` : ''} okText="保存" onOk={onOk} onCancel={onClose} confirmLoading={save.running} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label="当前号码">{unit?.dutyPhone ?? '未设置'}</Form.Item>
        <Form.Item
          name="phone"
          label="新号码"
          extra="在逃人员预警等紧急通知将以短信发送至此号码；留空保存即清除"
          rules={[{ pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: '请输入手机号或带区号的固定电话' }]}
        >
          <Input maxLength={13} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
