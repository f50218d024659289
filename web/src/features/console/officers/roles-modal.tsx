'use client';

import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import type { OfficerRole } from '@/gql/graphql';
import { roleSetProblem } from '@/features/console/shell/roles';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useMutation } from '@/features/shared/api/use-mutation';
import { updateOfficerRolesMutation } from './officers.operations';
import { RoleCheckboxes } from './role-checkboxes';
import type { OfficerRow } from './types';

/** 设置角色 (security administrator): replaces the roles; administrator roles stand alone. */
export function RolesModal({ officer, onClose, onSaved }: { officer: OfficerRow | null; onClose: () => void; onSaved: () => void }) {
  const api = useOfficerApi();
  const update = useMutation(api, updateOfficerRolesMutation);
  const feedback = usePayloadFeedback();
  const [roles, setRoles] = useState<OfficerRole[] | null>(null);
  const current = roles ?? officer?.roles ?? [];
  const problem = roleSetProblem(current);

  async function onOk() {
    if (!officer || problem) return;
    const result = await update.run({ officerId: officer.id, roles: current });
    if (feedback(result, (data) => data.updateOfficerRoles, '角色已更新')) {
      setRoles(null);
      onSaved();
    }
  }

  return (
    <Modal
      open={officer !== null}
      title={officer ? `设置角色：${officer.name}（${officer.username}）` : ''}
      okText="保存"
      okButtonProps={{ disabled: !!problem }}
      onOk={onOk}
      onCancel={() => {
        setRoles(null);
        onClose();
      }}
      confirmLoading={update.running}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item>
          <RoleCheckboxes value={current} onChange={setRoles} adminAllowed />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Alert type="info" showIcon style={{ marginTop: 12 }} title="角色变更即时生效并记入审计日志" />
    </Modal>
  );
}
