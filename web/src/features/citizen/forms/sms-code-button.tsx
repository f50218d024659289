'use client';

import { Button, Toast } from 'antd-mobile';
import { useState } from 'react';
import { type HumanCheck, HumanCheckPopup } from './human-check-popup';
import { useCountdown } from './use-countdown';

/** A code may be asked for again after this long (the SMS gateway's rule too). */
export const RESEND_SECONDS = 60;

export type SendOutcome =
  | { sent: true }
  | { sent: false; message: string; retryAfterSeconds?: number | null; humanCheck?: HumanCheck | null };

/**
 * 获取验证码: asks `send` (which should validate the phone first), then counts
 * down 60 s before it can be pressed again. When the server refuses because of
 * the rate limit, shows its message and counts down what it said.
 */
export function SmsCodeButton({
  send,
  disabled,
  onRefused,
}: {
  send: (humanCheck?: { id: string; answer: number }) => Promise<SendOutcome | null>;
  disabled?: boolean;
  /** The refusal (e.g. the rate-limit message), for the form to keep on screen; `null` after a code went out. */
  onRefused?: (message: string | null) => void;
}) {
  const { secondsLeft, start } = useCountdown();
  const [sending, setSending] = useState(false);
  const [check, setCheck] = useState<HumanCheck | null>(null);

  async function onClick(answer?: { id: string; answer: number }) {
    setSending(true);
    setCheck(null);
    try {
      const outcome = await send(answer);
      if (!outcome) return;
      // After a few codes from one address the server asks for a 安全验证 first: show it, then send again.
      if (!outcome.sent && outcome.humanCheck) setCheck(outcome.humanCheck);
      if (outcome.sent) {
        start(RESEND_SECONDS);
        onRefused?.(null);
        Toast.show({ icon: 'success', content: '验证码已发送' });
      } else {
        if (outcome.retryAfterSeconds) start(outcome.retryAfterSeconds);
        // A form that keeps the refusal on screen needs no toast on top of it.
        if (onRefused) onRefused(outcome.message);
        else Toast.show({ content: outcome.message, duration: 3000 });
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <>
    <Button
      size="small"
      fill="none"
      color="primary"
      data-testid="send-sms-code"
      disabled={disabled || secondsLeft > 0}
      loading={sending}
      onClick={() => onClick()}
    >
      {secondsLeft > 0 ? `${secondsLeft}秒后重新获取` : '获取验证码'}
    </Button>
    <HumanCheckPopup check={check} onAnswer={(answer) => onClick(answer)} onClose={() => setCheck(null)} />
    </>
  );
}
