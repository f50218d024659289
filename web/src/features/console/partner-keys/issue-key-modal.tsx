'use client';

import { Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import type { OneTimeSecret } from '@/features/console/forms/one-time-secret-modal';
import { useMutation } from '@/features/shared/api/use-mutation';
import { issuePartnerKeyMutation } from './partner-keys.operations';
import type { PartnerScopeRow } from './types';

interface Values {
  partnerName: string;
  scopes: string[];
  ratePerMinute: number;
  costBudgetPerDay: number;
}

export const secretOf = (partnerName: string, prefix: string | undefined, secret: string, title: string): OneTimeSecret => ({
  title,
  label: `${partnerName} 的 API 密钥${prefix ? `（${prefix}）` : ''}`,
  secret,
  hint: '合作方调用接口时在请求头 X-API-Key 中携带此密钥。密钥泄露时请立即吊销或轮换。',
});

/** 签发密钥: partner, scopes and limits; the secret comes back once. */
export function IssueKeyModal({ open, scopes, onClose, onIssued }: { open: boolean; scopes: readonly PartnerScopeRow[]; onClose: () => void; onIssued: (secret: OneTimeSecret) => void }) {
  const api = useOfficerApi();
  const issue = useMutation(api, issuePartnerKeyMutation);
  const feedback = usePayloadFeedback();
  const [form] = Form.useForm<Values>();

  async function onOk() {
    const values = await form.validateFields();
    const result = await issue.run({ input: { ...values, partnerName: values.partnerName.trim() } });
    const payload = feedback(result, (data) => data.issuePartnerKey, '密钥已签发');
    if (!payload) return;
    form.resetFields();
    onIssued(secretOf(values.partnerName.trim(), payload.key?.prefix, payload.secret ?? '', '密钥已签发'));
  }

  return (
    <Modal open={open} title="签发合作方密钥" okText="签发" onOk={onOk} onCancel={onClose} confirmLoading={issue.running} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ ratePerMinute: 60, costBudgetPerDay: 100000, scopes: [] }}>
        <Form.Item name="partnerName" label="合作方" extra="同名合作方的密钥归属同一合作方" rules={[{ required: true, whitespace: true, message: '请输入合作方名称' }]}>
          <Input maxLength={64} placeholder="例如：市交通运输局" />
        </Form.Item>
        <Form.Item name="scopes" label="授权范围" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项授权范围' }]}>
          <Checkbox.Group style={{ display: 'grid', gap: 8 }} options={scopes.map((s) => ({ value: s.scope, label: `${s.description}（${s.scope}）` }))} />
        </Form.Item>
        <Form.Item name="ratePerMinute" label="每分钟请求上限" rules={[{ required: true, message: '请输入每分钟请求上限' }]}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="costBudgetPerDay" label="每日查询额度" extra="按查询复杂度计费，网关每日清零" rules={[{ required: true, message: '请输入每日查询额度' }]}>
          <InputNumber min={1} max={100000000} precision={0} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
