/**
 * The OAuth provider refused the citizen's authorisation (code invalid, used or expired): an expected
 * business failure the sign-in mutation turns into a payload error, never a legacy outage.
 */
export class ChannelAuthRefused extends Error {
  constructor(readonly channel: 'alipay' | 'wechat', readonly reason: string) {
    super(`${channel} refused the authorisation: ${reason}`);
    this.name = 'ChannelAuthRefused';
  }
}
