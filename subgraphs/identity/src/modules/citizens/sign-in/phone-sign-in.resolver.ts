import { OncePerRequest, requireCitizen, requirePhone, UserError } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../../../context.js';
import { identityMessage } from '../../../errors.js';
import { SmsCodePurpose } from '../enums.js';
import { RequestSmsCodePayload, SignInPayload } from '../payloads.js';
import { citizenForChannel } from './citizen-for-channel.js';
import { completeSignIn, refuseSignIn } from './complete-sign-in.js';
import { requireSmsCode, SMS_ERRORS } from './sms-outcome.js';

@Resolver()
export class PhoneSignInResolver {
  @OncePerRequest()
  @Mutation(() => RequestSmsCodePayload, {
    description: 'Text a 6-digit code (valid 5 minutes, 5 attempts). At most one a minute and ten a day per phone (SMS_RATE_LIMITED). REAL_NAME needs a signed-in citizen',
  })
  async requestSmsCode(
    @Arg('phone', () => String) phone: string,
    @Arg('purpose', () => SmsCodePurpose, { defaultValue: SmsCodePurpose.SIGN_IN }) purpose: SmsCodePurpose,
    @Ctx() ctx: IdentityContext,
  ): Promise<RequestSmsCodePayload> {
    const number = requirePhone(phone);
    if (purpose === SmsCodePurpose.REAL_NAME) requireCitizen(ctx.caller);
    const outcome = await ctx.deps.citizens.smsCodes.request(number, purpose, ctx);
    if (outcome.sent) return { sent: true };
    return { sent: false, retryAfterSeconds: outcome.retryAfterSeconds, error: UserError.of('SMS_RATE_LIMITED', identityMessage('SMS_RATE_LIMITED')) };
  }

  @OncePerRequest()
  @Mutation(() => SignInPayload, { description: 'Sign in with a phone number and the SMS code sent to it (purpose SIGN_IN). Level 0 until verified' })
  async signInWithPhone(@Arg('phone', () => String) phone: string, @Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<SignInPayload> {
    const number = requirePhone(phone);
    const given = requireSmsCode(code);
    const outcome = await ctx.deps.citizens.smsCodes.verify(number, 'SIGN_IN', given);
    if (outcome !== 'OK') return refuseSignIn(ctx, 'phone', SMS_ERRORS[outcome]);
    const { citizenId, created } = await citizenForChannel(ctx.deps, 'phone', number, number);
    return completeSignIn(ctx, citizenId, 'phone', { created });
  }
}
