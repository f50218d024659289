'use client';

import { Form, Input, Modal, Select } from 'antd';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { UnitRow } from './unit-tree';
import { createUnitMutation } from './units.operations';

interface Values {
  parentCode: string;
  code: string;
  name: string;
}

/** 新建单位 (system administrator): a 12-digit code inside its parent's. */
export function CreateUnitModal({ open, units, onClose, onCreated }: { open: boolean; units: readonly UnitRow[]; onClose: () => void; onCreated: () => void }) {
  const api = useOfficerApi();
  const create = useMutation(api, createUnitMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<Values>();

  async function onOk() {
    const values = await form.validateFields();
    const result = await create.run({ input: { parentCode: values.parentCode, code: values.code.trim(), name: values.name.trim() } });
    if (feedback(result, (data) => data.createUnit, '单位已创建')) {
      form.resetFields();
      onCreated();
    }
  }

  return (
    <Modal open={open} title="新建单位" okText="创建" onOk={onOk} onCancel={onClose} confirmLoading={create.running} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="parentCode" label="上级单位" rules={[{ required: true, message: '请选择上级单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((unit) => ({ value: unit.code, label: `${unit.name}（${unit.code}）` }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label="单位代码"
          extra="12 位：6 位行政区划代码 + 6 位单位序号，须在上级单位代码范围内"
          rules={[
            { required: true, message: '请输入单位代码' },
            { pattern: /^\d{12}$/, message: '单位代码为12位数字' },
          ]}
        >
          <Input maxLength={12} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }, { min: 2, max: 64, message: '单位名称须为 2-64 个字符' }]}>
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
