'use client';

import { Alert, Card, Steps, Typography } from 'antd';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { SignInReason } from '@/features/console/shell/sign-in-href';
import { safeNext } from '@/features/shared/navigation/safe-next';
import { officerSession } from '@/features/shared/session/officer-session';
import { CredentialsStep } from './credentials-step';
import { EnrolmentStep } from './enrolment-step';
import { ExpiredPasswordStep } from './expired-password-step';
import type { NextStep } from './sign-in-outcome';
import styles from './officer-sign-in.module.css';

const REASONS: Record<SignInReason, { type: 'warning' | 'info' | 'success'; message: string }> = {
  idle: { type: 'warning', message: '长时间未操作，请重新登录' },
  revoked: { type: 'warning', message: '登录已失效（密码已修改、账号被停用或已在别处退出），请重新登录' },
  expired: { type: 'warning', message: '登录已超过有效期，请重新登录' },
  'signed-out': { type: 'info', message: '您已安全退出' },
  'password-changed': { type: 'success', message: '密码已修改，请使用新密码重新登录' },
};

type Stage = { kind: 'credentials' } | { kind: 'enrol'; ticket: string } | { kind: 'change-password' };

/**
 * 民警登录: username + password + the authenticator's code, always both
 * factors. A first sign-in continues with enrolling an authenticator (QR code)
 * and, with a temporary or 90-day-old password, with choosing a new one.
 */
export function OfficerSignInScreen() {
  const router = useRouter();
  const params = useSearchParams();
  const reason = REASONS[params.get('reason') as SignInReason];
  // Sent here because the session ended (or was ended): the token is no good any more.
  useEffect(() => {
    if (reason) officerSession.clear();
  }, [reason]);
  const next = safeNext(params.get('next'), '/console', '/console/account');
  const [stage, setStage] = useState<Stage>({ kind: 'credentials' });
  // Kept in memory only, for the steps that need them again (never stored).
  const [credentials, setCredentials] = useState<{ username: string; password: string }>({ username: '', password: '' });

  function advance(step: NextStep) {
    if (step.kind === 'signed-in') {
      officerSession.save({ token: step.token, expiresAt: step.expiresAt });
      router.replace(next);
    } else if (step.kind === 'enrol') setStage({ kind: 'enrol', ticket: step.ticket });
    else if (step.kind === 'change-password') setStage({ kind: 'change-password' });
  }

  const current = stage.kind === 'credentials' ? 0 : stage.kind === 'enrol' ? 1 : 2;
  return (
    <div className={styles.page}>
      <Card className={styles.card} data-testid="officer-sign-in">
        {/* Inline: antd's own title rules would win over a class without !important. */}
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center', color: '#1f3b73' }}>
          警通 · 民警工作台
        </Typography.Title>
        <Typography.Paragraph type="secondary" className={styles.subtitle}>
          请使用警务账号、密码和身份验证器动态口令登录
        </Typography.Paragraph>
        {reason && stage.kind === 'credentials' && <Alert className={styles.notice} type={reason.type} title={reason.message} showIcon data-testid="sign-in-reason" />}
        {stage.kind !== 'credentials' && (
          <Steps
            className={styles.steps}
            size="small"
            current={current}
            items={[{ title: '账号密码' }, { title: '绑定身份验证器' }, { title: '设置新密码' }]}
          />
        )}
        {stage.kind === 'credentials' && (
          <CredentialsStep
            onOutcome={(step, values) => {
              setCredentials(values);
              advance(step);
            }}
          />
        )}
        {stage.kind === 'enrol' && <EnrolmentStep ticket={stage.ticket} onOutcome={advance} onRestart={() => setStage({ kind: 'credentials' })} />}
        {stage.kind === 'change-password' && (
          <ExpiredPasswordStep
            username={credentials.username}
            currentPassword={credentials.password}
            onOutcome={advance}
            onRestart={() => setStage({ kind: 'credentials' })}
          />
        )}
      </Card>
    </div>
  );
}
