import { graphql } from '@/gql';

/** 获取验证码, for sign-in and for level 1 real-name verification; `humanCheck` answers the 安全验证 when asked for. */
export const requestSmsCodeMutation = graphql(`
  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!, $humanCheck: HumanCheckAnswer) {
    requestSmsCode(phone: $phone, purpose: $purpose, humanCheck: $humanCheck) {
      sent
      retryAfterSeconds
      humanCheck {
        id
        prompt
        max
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
