'use client';

import { Button, Form, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { describeErrors } from '@/lib/error-messages';
import { execute } from '@/lib/graphql-client';
import { saveSession } from '@/lib/session';
import { devSignInMutation } from './dev-sign-in.mutation';
import styles from './dev-sign-in.module.css';

interface Values {
  idNumber: string;
}

const ID_NUMBER = /^\d{17}[\dX]$/;

/** Business refusals come back in the payload; show ours for known codes. */
const USER_ERROR_MESSAGES: Record<string, string> = {
  NOT_FOUND: '未找到该身份证号对应的预置市民',
  CITIZEN_NOT_FOUND: '未找到该身份证号对应的预置市民',
  DEV_SIGN_IN_DISABLED: '当前环境不支持开发登录',
};

function userErrorMessage(error: { code: string; message: string }): string {
  const known = USER_ERROR_MESSAGES[error.code];
  if (known) return known;
  // Server messages are meant to be Chinese; an English one is not for citizens.
  return /[\u4e00-\u9fff]/.test(error.message) ? error.message : '登录失败，请核对身份证号';
}

/**
 * Development sign-in for seeded citizens. Production will sign citizens in
 * through Alipay / WeChat instead; the gateway refuses this mutation there.
 */
export function DevSignInForm() {
  const [submitting, setSubmitting] = useState(false);

  async function onFinish({ idNumber }: Values) {
    setSubmitting(true);
    try {
      const { data, errors } = await execute(devSignInMutation, { idNumber: idNumber.trim().toUpperCase() });
      const payload = data?.devSignIn;
      if (payload?.token) {
        saveSession({ token: payload.token, expiresAt: payload.expiresAt ?? null });
        Toast.show({ icon: 'success', content: '登录成功' });
        return;
      }
      const message = payload?.error
        ? userErrorMessage(payload.error)
        : (describeErrors(errors)[0] ?? '登录失败，请稍后再试');
      Toast.show({ icon: 'fail', content: message });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div data-testid="sign-in">
      <p className={styles.hint}>开发环境登录：仅供预置的测试市民使用，正式环境将通过支付宝或微信授权登录。</p>
      <Form
        layout="vertical"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={submitting}>
            登录
          </Button>
        }
      >
        <Form.Header>开发环境登录（预置市民）</Form.Header>
        <Form.Item
          name="idNumber"
          label="身份证号"
          normalize={(value: string | undefined) => value?.toUpperCase()}
          rules={[
            { required: true, message: '请输入身份证号' },
            { pattern: ID_NUMBER, message: '请输入18位身份证号' },
          ]}
        >
          <Input placeholder="请输入18位身份证号" clearable maxLength={18} autoComplete="off" />
        </Form.Item>
      </Form>
    </div>
  );
}
