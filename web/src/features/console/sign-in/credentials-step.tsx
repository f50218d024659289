'use client';

import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { TOTP_CODE } from '@/features/console/forms/rules';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { UserErrorLike } from '@/features/shared/api/user-error';
import { anonymousConsole } from './anonymous-console';
import { officerSignInMutation } from './sign-in.operations';
import { nextStep, type NextStep } from './sign-in-outcome';
import { requestFailed, SignInError } from './sign-in-error';

interface Values {
  username: string;
  password: string;
  totp?: string;
}

export function CredentialsStep({ onOutcome }: { onOutcome: (step: NextStep, values: { username: string; password: string }) => void }) {
  const signIn = useMutation(anonymousConsole, officerSignInMutation);
  const [error, setError] = useState<UserErrorLike | null>(null);
  const [form] = Form.useForm<Values>();

  async function onFinish(values: Values) {
    setError(null);
    const username = values.username.trim();
    const { data, errors } = await signIn.run({ username, password: values.password, totp: values.totp ?? '' });
    const step = data ? nextStep(data.officerSignIn) : null;
    if (!step) return setError(requestFailed(describeErrors(errors)[0]));
    if (step.kind === 'failed') {
      setError(step.error);
      // A code is good once: a retry needs the next one.
      form.setFieldValue('totp', '');
      return;
    }
    onOutcome(step, { username, password: values.password });
  }

  return (
    <>
      <SignInError error={error} />
      <Form form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="off">
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} placeholder="警务账号用户名" autoComplete="username" maxLength={32} />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="totp"
          label="动态口令"
          extra="身份验证器上显示的6位数字；首次登录尚未绑定身份验证器的可不填"
          rules={[{ pattern: TOTP_CODE, message: '动态口令为6位数字' }]}
        >
          <Input prefix={<SafetyOutlined />} placeholder="6位动态口令" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.running}>
          登录
        </Button>
      </Form>
    </>
  );
}
