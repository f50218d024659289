import { graphql } from '@/gql';

/** 获取验证码, for sign-in and for level 1 real-name verification. */
export const requestSmsCodeMutation = graphql(`
  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!) {
    requestSmsCode(phone: $phone, purpose: $purpose) {
      sent
      retryAfterSeconds
      error {
        ...UserErrorFields
      }
    }
  }
`);
