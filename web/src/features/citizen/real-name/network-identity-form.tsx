'use client';

import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { upperCase } from '@/features/citizen/forms/rules';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { applyRealName } from './real-name-outcome';
import { verifyNetworkIdentityMutation } from './real-name.operations';

interface Values {
  networkIdCode: string;
  password: string;
}

/** 三级实名·网证: the network identity copy's code and password, on top of level 2. */
export function NetworkIdentityForm() {
  const api = useCitizenApi();
  const verify = useMutation(api, verifyNetworkIdentityMutation);
  const [notice, setNotice] = useState<string | null>(null);

  async function onFinish(values: Values) {
    setNotice(null);
    const { data, errors } = await verify.run({ networkIdCode: values.networkIdCode.trim(), password: values.password });
    setNotice(applyRealName(data?.verifyNetworkIdentity, errors));
  }

  return (
    <Form
      layout="horizontal"
      onFinish={onFinish}
      data-testid="real-name-level-3"
      footer={
        <Button block type="submit" color="primary" size="large" loading={verify.running}>
          提交网证认证
        </Button>
      }
    >
      <Form.Header>三级实名：网证认证</Form.Header>
      {notice && <NoticeBar content={notice} color="alert" wrap data-testid="real-name-notice" />}
      <Form.Item
        name="networkIdCode"
        label="网证编码"
        normalize={upperCase}
        rules={[{ required: true, whitespace: true, message: '请输入网证编码' }, { pattern: /^[A-Z0-9]{20}$/, message: '网证编码为20位字母和数字' }]} help="“国家网络身份认证”App 中显示的网证编码">
        <Input placeholder="20位网证编码" maxLength={20} autoComplete="off" />
      </Form.Item>
      <Form.Item name="password" label="网证口令" rules={[{ required: true, message: '请输入网证口令' }, { pattern: /^\d{6}$/, message: '网证口令为6位数字' }]}>
        <Input type="password" placeholder="6位网证口令" maxLength={6} inputMode="numeric" autoComplete="off" />
      </Form.Item>
    </Form>
  );
}
