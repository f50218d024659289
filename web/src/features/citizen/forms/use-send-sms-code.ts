'use client';

import type { FormInstance } from 'antd-mobile/es/components/form';
import { useCallback } from 'react';
import type { HumanCheckAnswer, SmsCodePurpose } from '@/gql/graphql';
import type { ApiChannel } from '@/features/shared/api/api-channel';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { requestSmsCodeMutation } from './sms-code.operations';
import type { SendOutcome } from './sms-code-button';

const MESSAGES: Record<string, string> = {
  SMS_RATE_LIMITED: '验证码发送过于频繁，请稍后再试',
  HUMAN_CHECK_REQUIRED: '请先完成安全验证',
  HUMAN_CHECK_FAILED: '安全验证未通过，请重试',
};

/**
 * The 获取验证码 action for a form with a `phone` field: checks the phone
 * first, then asks identity to text a code for `purpose` (with the answer to a 安全验证 when one was asked for).
 */
export function useSendSmsCode(api: ApiChannel, purpose: SmsCodePurpose, form: FormInstance): (humanCheck?: HumanCheckAnswer) => Promise<SendOutcome | null> {
  const request = useMutation(api, requestSmsCodeMutation);
  const { run } = request;
  return useCallback(async (humanCheck?: HumanCheckAnswer) => {
    try {
      await form.validateFields(['phone']);
    } catch {
      return null;
    }
    const phone = String(form.getFieldValue('phone') ?? '').trim();
    const { data, errors } = await run({ phone, purpose, humanCheck });
    const payload = data?.requestSmsCode;
    if (payload?.sent) return { sent: true };
    if (payload?.error) {
      const base = userErrorMessage(payload.error, '验证码发送失败，请稍后再试', MESSAGES);
      // Identity's own message may already say how long; add it only when it does not.
      const wait = payload.retryAfterSeconds && !/\d/.test(base) ? `（${payload.retryAfterSeconds}秒后可重新获取）` : '';
      return { sent: false, message: `${base}${wait}`, retryAfterSeconds: payload.retryAfterSeconds, humanCheck: payload.humanCheck };
    }
    return { sent: false, message: describeErrors(errors)[0] ?? '验证码发送失败，请稍后再试' };
  }, [form, run, purpose]);
}
