'use client';

import { Alert, Button, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';

export interface OneTimeSecret {
  title: string;
  /** What the secret is for, e.g. 民警 zhang01 的初始密码. */
  label: string;
  secret: string;
  /** What the holder must do with it. */
  hint: string;
}

/**
 * A secret the API hands out exactly once (initial passwords, partner keys).
 * It is shown with a copy button and a warning, and the dialog only closes
 * once the administrator confirms it was kept — it cannot be fetched again.
 */
export function OneTimeSecretModal({ value, onClose }: { value: OneTimeSecret | null; onClose: () => void }) {
  const [kept, setKept] = useState(false);
  const close = () => {
    setKept(false);
    onClose();
  };
  return (
    <Modal
      open={value !== null}
      title={value?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" disabled={!kept} onClick={close} data-testid="secret-done">
          我已妥善保存，关闭
        </Button>
      }
    >
      {value && (
        <div data-testid="one-time-secret">
          <Alert type="warning" showIcon title="此内容仅显示这一次" description="关闭后无法再次查看，系统也不保存明文。请立即复制并通过安全渠道交给使用人。" style={{ marginBottom: 16 }} />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {value.label}
          </Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: value.secret, tooltips: ['复制', '已复制'] }} code style={{ fontSize: 16, wordBreak: 'break-all' }} data-testid="secret-value">
            {value.secret}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{value.hint}</Typography.Paragraph>
          <Checkbox checked={kept} onChange={(event) => setKept(event.target.checked)}>
            我已复制并妥善保存
          </Checkbox>
        </div>
      )}
    </Modal>
  );
}
