'use client';

import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { applyRealName } from './real-name-outcome';
import { verifyRealNameByNetworkPasswordMutation } from './real-name.operations';

/** 二级实名·网证口令: the password of the citizen's network identity copy (居民身份证网上功能凭证). */
export function NetworkPasswordForm() {
  const api = useCitizenApi();
  const verify = useMutation(api, verifyRealNameByNetworkPasswordMutation);
  const [notice, setNotice] = useState<string | null>(null);

  async function onFinish({ password }: { password: string }) {
    setNotice(null);
    const { data, errors } = await verify.run({ password });
    setNotice(applyRealName(data?.verifyRealNameByNetworkPassword, errors));
  }

  return (
    <Form
      layout="horizontal"
      onFinish={onFinish}
      data-testid="real-name-network-password"
      footer={
        <Button block type="submit" color="primary" size="large" loading={verify.running}>
          提交网证口令
        </Button>
      }
    >
      {notice && <NoticeBar content={notice} color="alert" wrap data-testid="real-name-notice" />}
      <Form.Item name="password" label="网证口令" rules={[{ required: true, message: '请输入网证口令' }, { pattern: /^\d{6}$/, message: '网证口令为6位数字' }]} help="在“国家网络身份认证”App 中设置的口令">
        <Input type="password" placeholder="6位网证口令" maxLength={6} inputMode="numeric" autoComplete="off" />
      </Form.Item>
    </Form>
  );
}
