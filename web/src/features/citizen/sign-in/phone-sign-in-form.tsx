'use client';

import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { phoneRules, smsCodeRules } from '@/features/citizen/forms/rules';
import { SmsCodeButton } from '@/features/citizen/forms/sms-code-button';
import { useSendSmsCode } from '@/features/citizen/forms/use-send-sms-code';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField } from '@/features/shared/api/user-error';
import { anonymousH5 } from './anonymous-h5';
import { keepSession } from './session-outcome';
import { signInWithPhoneMutation } from './sign-in.operations';

interface Values {
  phone: string;
  code: string;
}

/** 手机号登录: phone, 获取验证码 (60 s countdown, rate limit shown), code. Level 0 until real-name verification. */
export function PhoneSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [form] = Form.useForm<Values>();
  const signIn = useMutation(anonymousH5, signInWithPhoneMutation);
  const sendCode = useSendSmsCode(anonymousH5, 'SIGN_IN', form);
  const [notice, setNotice] = useState<string | null>(null);
  // The once-a-minute limit is per phone: another number starts with a fresh button.
  const phone = Form.useWatch('phone', form);

  async function onFinish(values: Values) {
    setNotice(null);
    const { data, errors } = await signIn.run({ phone: values.phone.trim(), code: values.code.trim() });
    const problem = keepSession(data?.signInWithPhone, errors, '登录失败，请稍后再试');
    if (problem) {
      markField(form, data?.signInWithPhone?.error, problem, ['phone', 'code']);
      return setNotice(problem);
    }
    onSignedIn();
  }

  return (
    <Form
      form={form}
      layout="horizontal"
      onFinish={onFinish}
      data-testid="phone-sign-in"
      footer={
        <Button block type="submit" color="primary" size="large" loading={signIn.running}>
          登录
        </Button>
      }
    >
      {notice && <NoticeBar content={notice} color="alert" wrap data-testid="sign-in-notice" />}
      <Form.Item name="phone" label="手机号" rules={phoneRules}>
        <Input placeholder="请输入手机号" type="tel" maxLength={11} clearable autoComplete="tel" />
      </Form.Item>
      <Form.Item name="code" label="验证码" rules={smsCodeRules} extra={<SmsCodeButton key={phone ?? ''} send={sendCode} onRefused={setNotice} />}>
        <Input placeholder="6位验证码" maxLength={6} autoComplete="one-time-code" inputMode="numeric" />
      </Form.Item>
    </Form>
  );
}
