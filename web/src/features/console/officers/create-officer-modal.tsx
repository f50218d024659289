'use client';

import { Form, Input, Modal, Select } from 'antd';
import type { OfficerRole } from '@/gql/graphql';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useMutation } from '@/features/shared/api/use-mutation';
import { createOfficerMutation } from './officers.operations';
import { RoleCheckboxes } from './role-checkboxes';

interface Values {
  username: string;
  name: string;
  phone: string;
  unitCode: string;
  roles: OfficerRole[];
}

/** 新建民警 (system administrator): at least one business role; the one-time password is texted to the officer's own mobile, never shown here. */
export function CreateOfficerModal({
  open,
  defaultUnitCode,
  onClose,
  onCreated,
}: {
  open: boolean;
  defaultUnitCode: string;
  onClose: () => void;
  /** `notice`: where the one-time password was texted. */
  onCreated: (notice: string) => void;
}) {
  const api = useOfficerApi();
  const { units } = useCurrentOfficer();
  const create = useMutation(api, createOfficerMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<Values>();

  async function onOk() {
    const values = await form.validateFields();
    const result = await create.run({
      input: { username: values.username.trim(), name: values.name.trim(), phone: values.phone.trim(), unitCode: values.unitCode, roles: values.roles ?? [] },
    });
    const payload = feedback(result, (data) => data.createOfficer, '民警账号已创建');
    if (!payload) return;
    form.resetFields();
    onCreated(`民警 ${payload.officer?.username ?? values.username} 的初始密码已通过短信发送至其本人手机 ${payload.oneTimePasswordSentTo ?? ''}，管理员不可见`);
  }

  return (
    <Modal open={open} title="新建民警账号" okText="创建" onOk={onOk} onCancel={onClose} confirmLoading={create.running} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ unitCode: defaultUnitCode, roles: ['WINDOW_OFFICER'] }} preserve={false}>
        <Form.Item
          name="username"
          label="用户名"
          extra="3-32 位：字母开头，可含字母、数字、点、下划线、连字符"
          rules={[
            { required: true, message: '请输入用户名' },
            { pattern: /^[A-Za-z][A-Za-z0-9._-]{2,31}$/, message: '用户名格式不正确' },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="phone"
          label="手机号"
          extra="民警本人的手机：初始密码以短信发送至此号码"
          rules={[
            { required: true, message: '请输入民警本人的手机号' },
            { pattern: /^1[3-9]\d{9}$/, message: '请输入11位手机号' },
          ]}
        >
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="unitCode" label="所属单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((unit) => ({ value: unit.code, label: `${unit.name}（${unit.code}）` }))} />
        </Form.Item>
        <Form.Item name="roles" label="角色" extra="至少选择一个角色；管理员角色须由安全管理员另行授予" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}>
          <RoleCheckboxes adminAllowed={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
