'use client';

import { Alert, Checkbox, Modal } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useMutation } from '@/features/shared/api/use-mutation';
import { resetOfficerPasswordMutation } from './officers.operations';
import type { OfficerRow } from './types';

/**
 * 重置密码 (security administrator): a one-time password texted to the officer (never shown here), optionally a
 * new authenticator enrolment too. An administrator's reset waits for another administrator of that role.
 */
export function ResetPasswordModal({
  officer,
  onClose,
  onReset,
}: {
  officer: OfficerRow | null;
  onClose: () => void;
  /** `pending`: an administrator's reset, waiting for a second approver (nothing has changed yet). */
  onReset: (notice: string, pending: boolean) => void;
}) {
  const api = useOfficerApi();
  const reset = useMutation(api, resetOfficerPasswordMutation);
  const feedback = usePayloadFeedback();
  const [resetTotp, setResetTotp] = useState(false);

  async function onOk() {
    if (!officer) return;
    const result = await reset.run({ officerId: officer.id, resetTotp });
    const payload = feedback(result, (data) => data.resetOfficerPassword, '已提交');
    if (!payload) return;
    setResetTotp(false);
    const { pendingReset } = payload;
    onReset(
      pendingReset
        ? `已提交审批申请：管理员账号 ${officer.username} 的重置须由另一名${ROLE_LABELS[pendingReset.requiredRole]}在「待审批」中批准后才会执行，在此之前该账号不受影响（24 小时内有效）`
        : `民警 ${officer.username} 的临时密码已通过短信发送至其本人手机 ${payload.oneTimePasswordSentTo ?? ''}${resetTotp ? '，下次登录须重新绑定身份验证器' : ''}`,
      Boolean(pendingReset),
    );
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
