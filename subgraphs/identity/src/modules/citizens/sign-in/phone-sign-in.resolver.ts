import { AppError, OncePerRequest, requireCitizen, requirePhone, UserError } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { identityMessage } from '../../../errors.js';
import { SmsCodePurpose } from '../enums.js';
import { RequestSmsCodePayload, SignInPayload } from '../payloads.js';
import { HumanCheckAnswer } from '../sms/human-check.types.js';
import { citizenForChannel } from './citizen-for-channel.js';
import { completeSignIn, refuseSignIn } from './complete-sign-in.js';
import { requireSmsCode, SMS_ERRORS } from './sms-outcome.js';

@Resolver()
export class PhoneSignInResolver {
  @OncePerRequest()
  @Mutation(() => RequestSmsCodePayload, {
    description:
      'Text a 6-digit code (valid 5 minutes, 5 attempts). At most one a minute and ten a day per phone (SMS_RATE_LIMITED); per client address a few an hour, then each after a human check (HUMAN_CHECK_REQUIRED), up to a cap, and a global cap a minute (SMS_BUDGET_EXCEEDED). REAL_NAME needs a signed-in citizen; partners are refused',
  })
  async requestSmsCode(
    @Arg('phone', () => String) phone: string,
    @Arg('purpose', () => SmsCodePurpose, { defaultValue: SmsCodePurpose.SIGN_IN }) purpose: SmsCodePurpose,
    @Ctx() ctx: CitizensContext,
    @Arg('humanCheck', () => HumanCheckAnswer, { nullable: true }) humanCheck?: HumanCheckAnswer,
  ): Promise<RequestSmsCodePayload> {
    // Codes are for people on the H5 pages: a partner system has no phone to prove.
    if (ctx.caller.kind === 'partner') throw new AppError('FORBIDDEN');
    const number = requirePhone(phone);
    if (purpose === SmsCodePurpose.REAL_NAME) requireCitizen(ctx.caller);
    const budget = await ctx.citizens.smsBudget.admit(ctx.caller.source, humanCheck);
    if (!budget.ok) {
      const error = UserError.of(budget.code, identityMessage(budget.code));
      return budget.code === 'SMS_BUDGET_EXCEEDED' ? { sent: false, retryAfterSeconds: budget.retryAfterSeconds, error } : { sent: false, humanCheck: budget.humanCheck, error };
    }
    const outcome = await ctx.citizens.smsCodes.request(number, purpose, ctx);
    if (outcome.sent) return { sent: true };
    return { sent: false, retryAfterSeconds: outcome.retryAfterSeconds, error: UserError.of('SMS_RATE_LIMITED', identityMessage('SMS_RATE_LIMITED')) };
  }

  @OncePerRequest()
  @Mutation(() => SignInPayload, { description: 'Sign in with a phone number and the SMS code sent to it (purpose SIGN_IN). Level 0 until verified' })
  async signInWithPhone(@Arg('phone', () => String) phone: string, @Arg('code', () => String) code: string, @Ctx() ctx: CitizensContext): Promise<SignInPayload> {
    const number = requirePhone(phone);
    const given = requireSmsCode(code);
    const outcome = await ctx.citizens.smsCodes.verify(number, 'SIGN_IN', given);
    if (outcome !== 'OK') return refuseSignIn(ctx, 'phone', SMS_ERRORS[outcome]);
    const { citizenId, created } = await citizenForChannel(ctx.citizens, 'phone', number, number);
    return completeSignIn(ctx, citizenId, 'phone', { created });
  }
}
