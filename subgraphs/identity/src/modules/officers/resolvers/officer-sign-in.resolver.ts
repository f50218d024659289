import { AppError, OncePerRequest, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { OfficersContext } from '../officers-context.js';
import { confirmTotp, enrolTotp } from '../enrolment.js';
import { changeExpiredPassword, changeOwnPassword } from '../password-change.js';
import { OfficerOperationPayload, OfficerSignInPayload, TotpEnrolmentPayload } from '../schema/officer-payloads.js';
import { revokeSession } from '../session-repository.js';
import { signInOfficer, type SignInResult } from '../sign-in.js';
import { toUserError } from '../../../errors.js';

/** Longer input is refused before any hashing: argon2 over a megabyte is a cheap denial of service. */
const MAX_INPUT = 256;
const bounded = (...values: string[]) => {
  if (values.some((v) => v.length > MAX_INPUT)) throw new AppError('BAD_USER_INPUT', { message: '输入过长' });
};

const toPayload = (result: SignInResult): OfficerSignInPayload =>
  result.ok
    ? { token: result.token, expiresAt: result.expiresAt, mustChangePassword: false }
    : { mustChangePassword: result.failure.mustChangePassword ?? false, enrolmentTicket: result.failure.enrolmentTicket, error: toUserError(result.failure) };

@Resolver()
export class OfficerSignInResolver {
  @OncePerRequest()
  @Mutation(() => OfficerSignInPayload, { description: 'Officer sign-in: password AND a TOTP code, always. One answer for every failure; per-source throttling (SIGN_IN_THROTTLED); five failures lock the account for 30 minutes against sources it has not signed in from' })
  async officerSignIn(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Arg('totp', () => String, { description: 'The 6-digit code of the authenticator ("" before enrolment)' }) totp: string,
    @Ctx() ctx: OfficersContext,
  ): Promise<OfficerSignInPayload> {
    bounded(username, password, totp);
    return toPayload(await signInOfficer(ctx.officers, { username, password, totp }, ctx.requestId, ctx.caller.source));
  }

  @OncePerRequest()
  @Mutation(() => TotpEnrolmentPayload, { description: 'First sign-in: a new authenticator secret for the enrolment ticket' })
  async enrolTotp(@Arg('ticket', () => String) ticket: string, @Ctx() ctx: OfficersContext): Promise<TotpEnrolmentPayload> {
    bounded(ticket);
    const result = await enrolTotp(ctx.officers, ticket);
    return result.ok ? { otpauthUri: result.otpauthUri, qrCodeDataUrl: result.qrCodeDataUrl, secret: result.secret } : { error: toUserError(result.failure) };
  }

  @OncePerRequest()
  @Mutation(() => OfficerSignInPayload, { description: 'Finish enrolment with a code from the authenticator; signs in (or PASSWORD_EXPIRED)' })
  async confirmTotp(@Arg('ticket', () => String) ticket: string, @Arg('code', () => String) code: string, @Ctx() ctx: OfficersContext): Promise<OfficerSignInPayload> {
    bounded(ticket, code);
    return toPayload(await confirmTotp(ctx.officers, ticket, code, ctx.requestId, ctx.caller.source));
  }

  @OncePerRequest()
  @Mutation(() => OfficerSignInPayload, { description: 'After PASSWORD_EXPIRED (temporary or 90-day-old password): both factors and a new password; signs in' })
  async changeExpiredPassword(
    @Arg('username', () => String) username: string,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('totp', () => String) totp: string,
    @Ctx() ctx: OfficersContext,
  ): Promise<OfficerSignInPayload> {
    bounded(username, currentPassword, newPassword, totp);
    return toPayload(await changeExpiredPassword(ctx.officers, { username, currentPassword, newPassword, totp }, ctx.requestId, ctx.caller.source));
  }

  @OncePerRequest()
  @Mutation(() => OfficerOperationPayload, { description: "The signed-in officer's new password (current password and a TOTP code again); other sessions end" })
  async changeOwnPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('totp', () => String) totp: string,
    @Ctx() ctx: OfficersContext,
  ): Promise<OfficerOperationPayload> {
    const officer = requireOfficer(ctx.caller);
    bounded(currentPassword, newPassword, totp);
    const result = await changeOwnPassword(ctx.officers, officer.id, officer.sid, { currentPassword, newPassword, totp }, ctx.requestId, ctx.caller.source);
    return result.ok ? { ok: true } : { ok: false, error: toUserError(result.failure) };
  }

  @Mutation(() => Boolean, { description: 'End this officer session (the token stops working at once)' })
  async officerSignOut(@Ctx() ctx: OfficersContext): Promise<boolean> {
    const officer = requireOfficer(ctx.caller);
    if (officer.sid) await revokeSession(ctx.officers.db, officer.sid);
    await ctx.officers.audit.record({ action: 'SIGN_OUT', actorKind: 'officer', actorId: officer.id, requestId: ctx.requestId });
    return true;
  }
}
