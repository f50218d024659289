'use client';

import { App, Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { PASSWORD_HINT, confirmPasswordRules, newPasswordRules, totpRules } from '@/features/console/forms/rules';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField, userErrorMessage } from '@/features/shared/api/user-error';
import { changeOwnPasswordMutation } from './account.operations';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  totp: string;
}

/** 修改密码: current password and a fresh code again; the officer's other sessions end. */
export function ChangePasswordCard() {
  const api = useOfficerApi();
  const { reload } = useCurrentOfficer();
  const change = useMutation(api, changeOwnPasswordMutation);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  async function onFinish(values: Values) {
    setError(null);
    const { data, errors } = await change.run({ currentPassword: values.currentPassword, newPassword: values.newPassword, totp: values.totp });
    const payload = data?.changeOwnPassword;
    if (payload?.ok) {
      form.resetFields();
      message.success('密码已修改，其他设备上的登录已失效');
      reload();
      return;
    }
    form.setFieldValue('totp', '');
    const problem = payload?.error ? userErrorMessage(payload.error, '修改失败，请稍后再试') : (describeErrors(errors)[0] ?? '修改失败，请稍后再试');
    markField(form, payload?.error, problem, ['currentPassword', 'newPassword']);
    setError(problem);
  }

  return (
    <Card title="修改密码">
      <Alert type="info" showIcon title={PASSWORD_HINT} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="change-password-error" />}
      <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }} requiredMark={false} autoComplete="off">
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={newPasswordRules} hasFeedback>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirmPassword" label="确认新密码" dependencies={['newPassword']} rules={confirmPasswordRules()} hasFeedback>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="totp" label="动态口令" rules={totpRules}>
          <Input placeholder="6位动态口令" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.running}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
