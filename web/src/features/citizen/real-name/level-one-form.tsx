'use client';

import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { idNumberRules, nameRules, phoneRules, smsCodeRules, trimmed, upperCase } from '@/features/citizen/forms/rules';
import { SmsCodeButton } from '@/features/citizen/forms/sms-code-button';
import { useSendSmsCode } from '@/features/citizen/forms/use-send-sms-code';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField } from '@/features/shared/api/user-error';
import { applyRealName } from './real-name-outcome';
import { verifyRealNameBasicMutation } from './real-name.operations';

interface Values {
  name: string;
  idNumber: string;
  phone: string;
  smsCode: string;
}

/** 一级实名: name + ID number checked against the population register, and a phone proven by SMS. */
export function LevelOneForm() {
  const api = useCitizenApi();
  const [form] = Form.useForm<Values>();
  const verify = useMutation(api, verifyRealNameBasicMutation);
  const sendCode = useSendSmsCode(api, 'REAL_NAME', form);
  const [notice, setNotice] = useState<string | null>(null);
  // The once-a-minute limit is per phone: another number starts with a fresh button.
  const phone = Form.useWatch('phone', form);

  async function onFinish(values: Values) {
    setNotice(null);
    const { data, errors } = await verify.run({
      input: { name: values.name.trim(), idNumber: values.idNumber.trim().toUpperCase(), phone: values.phone.trim(), smsCode: values.smsCode.trim() },
    });
    const problem = applyRealName(data?.verifyRealNameBasic, errors);
    if (problem) markField(form, data?.verifyRealNameBasic?.error, problem, ['name', 'idNumber', 'phone', 'smsCode']);
    setNotice(problem);
  }

  return (
    <Form
      form={form}
      layout="horizontal"
      onFinish={onFinish}
      data-testid="real-name-level-1"
      footer={
        <Button block type="submit" color="primary" size="large" loading={verify.running}>
          提交认证
        </Button>
      }
    >
      <Form.Header>一级实名：核验身份信息</Form.Header>
      {notice && <NoticeBar content={notice} color="alert" wrap data-testid="real-name-notice" />}
      <Form.Item name="name" label="姓名" rules={nameRules} normalize={trimmed}>
        <Input placeholder="与身份证一致" clearable maxLength={20} autoComplete="name" />
      </Form.Item>
      <Form.Item name="idNumber" label="身份证号" rules={idNumberRules} normalize={upperCase}>
        <Input placeholder="18位身份证号" clearable maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label="手机号" rules={phoneRules}>
        <Input placeholder="本人手机号" type="tel" maxLength={11} clearable autoComplete="tel" />
      </Form.Item>
      <Form.Item name="smsCode" label="验证码" rules={smsCodeRules} extra={<SmsCodeButton key={phone ?? ''} send={sendCode} onRefused={setNotice} />}>
        <Input placeholder="6位验证码" maxLength={6} inputMode="numeric" autoComplete="one-time-code" />
      </Form.Item>
    </Form>
  );
}
