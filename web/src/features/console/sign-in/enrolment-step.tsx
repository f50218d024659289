'use client';

import { Alert, Button, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { totpRules } from '@/features/console/forms/rules';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { UserErrorLike } from '@/features/shared/api/user-error';
import { anonymousConsole } from './anonymous-console';
import { confirmTotpMutation, enrolTotpMutation } from './sign-in.operations';
import { nextStep, type NextStep } from './sign-in-outcome';
import { requestFailed, SignInError } from './sign-in-error';
import styles from './officer-sign-in.module.css';

/**
 * First sign-in: identity makes an authenticator secret for the ticket; the
 * officer scans the QR code (or types the secret) and proves it with a code.
 */
export function EnrolmentStep({ ticket, onOutcome, onRestart }: { ticket: string; onOutcome: (step: NextStep) => void; onRestart: () => void }) {
  const enrol = useMutation(anonymousConsole, enrolTotpMutation);
  const confirm = useMutation(anonymousConsole, confirmTotpMutation);
  const [enrolment, setEnrolment] = useState<{ qrCodeDataUrl: string | null; secret: string | null } | null>(null);
  const [error, setError] = useState<UserErrorLike | null>(null);
  const asked = useRef<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();

  const { run } = enrol;
  useEffect(() => {
    // One secret per ticket: asking twice would replace the one already scanned.
    if (asked.current === ticket) return;
    asked.current = ticket;
    void run({ ticket }).then(({ data, errors }) => {
      const payload = data?.enrolTotp;
      if (payload?.secret) setEnrolment({ qrCodeDataUrl: payload.qrCodeDataUrl ?? null, secret: payload.secret });
      else setError(payload?.error ?? requestFailed(describeErrors(errors)[0]));
    });
  }, [ticket, run]);

  async function onFinish({ code }: { code: string }) {
    setError(null);
    const { data, errors } = await confirm.run({ ticket, code });
    const step = data ? nextStep(data.confirmTotp) : null;
    if (!step) return setError(requestFailed(describeErrors(errors)[0]));
    if (step.kind === 'failed') {
      form.setFieldValue('code', '');
      return setError(step.error);
    }
    onOutcome(step);
  }

  return (
    <div data-testid="totp-enrolment">
      <SignInError error={error} />
      {!enrolment ? (
        error ? (
          <Button block onClick={onRestart}>
            返回重新登录
          </Button>
        ) : (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        )
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="首次登录须绑定身份验证器"
            description="请用手机上的身份验证器（如 FreeOTP、Google Authenticator、微信小程序“腾讯身份验证器”）扫描下方二维码，然后输入其显示的6位动态口令。"
          />
          {enrolment.qrCodeDataUrl && (
            // biome-ignore lint/performance/noImgElement: a data: URL made by identity; next/image adds nothing for it
            <img className={styles.qr} src={enrolment.qrCodeDataUrl} alt="身份验证器绑定二维码" data-testid="totp-qr" />
          )}
          <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }}>
            无法扫码时，可手动输入密钥：
          </Typography.Text>
          <Typography.Text className={styles.secret} copyable={{ text: enrolment.secret ?? '' }} data-testid="totp-secret">
            {enrolment.secret}
          </Typography.Text>
          <Form form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
            <Form.Item name="code" label="动态口令" rules={totpRules}>
              <Input placeholder="身份验证器上的6位数字" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Button type="primary" htmlType="submit" block loading={confirm.running}>
                完成绑定
              </Button>
              <Button type="link" block onClick={onRestart}>
                返回登录
              </Button>
            </Space>
          </Form>
        </>
      )}
    </div>
  );
}
