'use client';

import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { PASSWORD_HINT, confirmPasswordRules, newPasswordRules, totpRules } from '@/features/console/forms/rules';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { UserErrorLike } from '@/features/shared/api/user-error';
import { anonymousConsole } from './anonymous-console';
import { changeExpiredPasswordMutation } from './sign-in.operations';
import { nextStep, type NextStep } from './sign-in-outcome';
import { requestFailed, SignInError } from './sign-in-error';

interface Values {
  newPassword: string;
  confirmPassword: string;
  totp: string;
}

/** A temporary or 90-day-old password: both factors again and a new password, then signed in. */
export function ExpiredPasswordStep({
  username,
  currentPassword,
  onOutcome,
  onRestart,
}: {
  username: string;
  currentPassword: string;
  onOutcome: (step: NextStep) => void;
  onRestart: () => void;
}) {
  const change = useMutation(anonymousConsole, changeExpiredPasswordMutation);
  const [error, setError] = useState<UserErrorLike | null>(null);
  const [form] = Form.useForm<Values>();

  async function onFinish(values: Values) {
    setError(null);
    const { data, errors } = await change.run({ username, currentPassword, newPassword: values.newPassword, totp: values.totp });
    const step = data ? nextStep(data.changeExpiredPassword) : null;
    if (!step) return setError(requestFailed(describeErrors(errors)[0]));
    if (step.kind === 'failed' || step.kind === 'change-password') {
      form.setFieldValue('totp', '');
      return setError(step.kind === 'failed' ? step.error : { code: 'PASSWORD_EXPIRED', message: '新密码未能生效，请重试' });
    }
    onOutcome(step);
  }

  return (
    <div data-testid="expired-password">
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="请设置新密码" description={`初始密码或已到期的密码须更换后才能继续使用。${PASSWORD_HINT}`} />
      <SignInError error={error} />
      <Form form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="off">
        <Form.Item name="newPassword" label="新密码" rules={newPasswordRules} hasFeedback>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="confirmPassword" label="确认新密码" dependencies={['newPassword']} rules={confirmPasswordRules()} hasFeedback>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item name="totp" label="动态口令" rules={totpRules} extra="请等身份验证器显示新的动态口令后输入（同一口令只能使用一次）">
          <Input placeholder="6位动态口令" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={change.running}>
            设置新密码并登录
          </Button>
          <Button type="link" block onClick={onRestart}>
            返回登录
          </Button>
        </Space>
      </Form>
    </div>
  );
}
