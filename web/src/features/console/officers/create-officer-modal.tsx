'use client';

import { Form, Input, Modal, Select } from 'antd';
import type { OfficerRole } from '@/gql/graphql';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import type { OneTimeSecret } from '@/features/console/forms/one-time-secret-modal';
import { useMutation } from '@/features/shared/api/use-mutation';
import { createOfficerMutation } from './officers.operations';
import { RoleCheckboxes } from './role-checkboxes';

interface Values {
  username: string;
  name: string;
  phone?: string;
  unitCode: string;
  roles: OfficerRole[];
}

/** 新建民警 (system administrator): business roles only; the one-time password is handed back to show once. */
export function CreateOfficerModal({
  open,
  defaultUnitCode,
  onClose,
  onCreated,
}: {
  open: boolean;
  defaultUnitCode: string;
  onClose: () => void;
  onCreated: (secret: OneTimeSecret) => void;
}) {
  const api = useOfficerApi();
  const { units } = useCurrentOfficer();
  const create = useMutation(api, createOfficerMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<Values>();

  async function onOk() {
    const values = await form.validateFields();
    const result = await create.run({
      input: { username: values.username.trim(), name: values.name.trim(), phone: values.phone?.trim() || null, unitCode: values.unitCode, roles: values.roles ?? [] },
    });
    const payload = feedback(result, (data) => data.createOfficer, '民警账号已创建');
    if (!payload) return;
    form.resetFields();
    onCreated({
      title: '账号已创建',
      label: `民警 ${payload.officer?.username ?? values.username} 的初始密码`,
      secret: payload.initialPassword ?? '',
      hint: '民警首次登录时须用此密码登录、绑定身份验证器并设置新密码。',
    });
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
        <Form.Item name="phone" label="手机号" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请输入11位手机号' }]}>
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="unitCode" label="所属单位" rules={[{ required: true, message: '请选择单位' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((unit) => ({ value: unit.code, label: `${unit.name}（${unit.code}）` }))} />
        </Form.Item>
        <Form.Item name="roles" label="角色" extra="管理员角色须由安全管理员另行授予">
          <RoleCheckboxes adminAllowed={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
