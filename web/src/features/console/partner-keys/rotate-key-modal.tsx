'use client';

import { Alert, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import type { OneTimeSecret } from '@/features/console/forms/one-time-secret-modal';
import { useMutation } from '@/features/shared/api/use-mutation';
import { secretOf } from './issue-key-modal';
import { rotatePartnerKeyMutation } from './partner-keys.operations';
import type { PartnerKeyRow } from './types';

const MAX_GRACE_MINUTES = 7 * 24 * 60;

/** 轮换: a new secret with the same partner, scopes and limits; the old one ends now or after a grace period. */
export function RotateKeyModal({ partnerKey, onClose, onRotated }: { partnerKey: PartnerKeyRow | null; onClose: () => void; onRotated: (secret: OneTimeSecret) => void }) {
  const api = useOfficerApi();
  const rotate = useMutation(api, rotatePartnerKeyMutation);
  const feedback = usePayloadFeedback();
  const [mode, setMode] = useState<'now' | 'grace'>('grace');
  const [hours, setHours] = useState(24);

  async function onOk() {
    if (!partnerKey) return;
    const graceMinutes = mode === 'now' ? 0 : Math.min(Math.round(hours * 60), MAX_GRACE_MINUTES);
    const result = await rotate.run({ id: partnerKey.id, graceMinutes });
    const payload = feedback(result, (data) => data.rotatePartnerKey, '密钥已轮换');
    if (!payload) return;
    onRotated(secretOf(partnerKey.partnerName, payload.key?.prefix, payload.secret ?? '', '密钥已轮换'));
  }

  return (
    <Modal open={partnerKey !== null} title={partnerKey ? `轮换密钥：${partnerKey.partnerName}（${partnerKey.prefix}）` : ''} okText="轮换" onOk={onOk} onCancel={onClose} confirmLoading={rotate.running} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Radio.Group value={mode} onChange={(event) => setMode(event.target.value)}>
          <Space orientation="vertical">
            <Radio value="grace">
              旧密钥继续有效{' '}
              <InputNumber size="small" min={1} max={168} precision={0} value={hours} onChange={(value) => setHours(value ?? 1)} disabled={mode !== 'grace'} /> 小时（最长 7 天），便于合作方切换
            </Radio>
            <Radio value="now">旧密钥立即失效（密钥已泄露时选择）</Radio>
          </Space>
        </Radio.Group>
        <Alert type="info" showIcon title="新密钥沿用原合作方、授权范围和限额，仅显示一次" />
      </Space>
    </Modal>
  );
}
