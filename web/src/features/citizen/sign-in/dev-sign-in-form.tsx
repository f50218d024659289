'use client';

import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { idNumberRules, upperCase } from '@/features/citizen/forms/rules';
import { useMutation } from '@/features/shared/api/use-mutation';
import { anonymousH5 } from './anonymous-h5';
import { keepSession } from './session-outcome';
import { devSignInMutation } from './sign-in.operations';
import styles from './sign-in.module.css';

/**
 * Development sign-in for seeded citizens (shown only with WEB_DEV_SIGN_IN=on;
 * identity refuses it in production whatever the page shows).
 */
export function DevSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useMutation(anonymousH5, devSignInMutation);
  const [notice, setNotice] = useState<string | null>(null);

  async function onFinish({ idNumber }: { idNumber: string }) {
    setNotice(null);
    const { data, errors } = await signIn.run({ idNumber: idNumber.trim().toUpperCase() });
    const problem = keepSession(data?.devSignIn, errors, '登录失败，请核对身份证号');
    if (problem) return setNotice(problem);
    onSignedIn();
  }

  return (
    <div data-testid="dev-sign-in">
      <p className={styles.devHint}>开发环境登录：仅供预置的测试市民使用，正式环境不提供。</p>
      <Form
        layout="vertical"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="warning" fill="outline" loading={signIn.running}>
            开发环境登录
          </Button>
        }
      >
        {notice && <NoticeBar content={notice} color="alert" wrap />}
        <Form.Item name="idNumber" label="身份证号" normalize={upperCase} rules={idNumberRules}>
          <Input placeholder="请输入18位身份证号" clearable maxLength={18} autoComplete="off" />
        </Form.Item>
      </Form>
    </div>
  );
}
