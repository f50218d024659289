'use client';

import { Alert, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import type { OneTimeSecret } from '@/features/console/forms/one-time-secret-modal';
import { useMutation } from '@/features/shared/api/use-mutation';
import { resetOfficerPasswordMutation } from './officers.operations';
import type { OfficerRow } from './types';

/** 重置密码 (security administrator): a one-time password, optionally a new authenticator enrolment too. */
export function ResetPasswordModal({ officer, onClose, onReset }: { officer: OfficerRow | null; onClose: () => void; onReset: (secret: OneTimeSecret) => void }) {
  const api = useOfficerApi();
  const reset = useMutation(api, resetOfficerPasswordMutation);
  const feedback = usePayloadFeedback();
  const [resetTotp, setResetTotp] = useState(false);

  async function onOk() {
    if (!officer) return;
    const result = await reset.run({ officerId: officer.id, resetTotp });
    const payload = feedback(result, (data) => data.resetOfficerPassword, '密码已重置');
    if (!payload) return;
    setResetTotp(false);
    onReset({
      title: '密码已重置',
      label: `民警 ${officer.username} 的临时密码`,
      secret: payload.temporaryPassword ?? '',
      hint: resetTotp ? '民警下次登录时须用此密码登录、重新绑定身份验证器并设置新密码。' : '民警下次登录时须用此密码和动态口令登录并设置新密码。',
    });
  }

  return (
    <Modal
      open={officer !== null}
      title={officer ? `重置密码：${officer.name}（${officer.username}）` : ''}
      okText="重置"
      okButtonProps={{ danger: true }}
      onOk={onOk}
      onCancel={() => {
        setResetTotp(false);
        onClose();
      }}
      confirmLoading={reset.running}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title="重置后该民警的所有登录立即失效" style={{ marginBottom: 16 }} />
      <Checkbox checked={resetTotp} onChange={(event) => setResetTotp(event.target.checked)}>
        同时重置身份验证器（手机丢失或更换时选择）
      </Checkbox>
    </Modal>
  );
}
