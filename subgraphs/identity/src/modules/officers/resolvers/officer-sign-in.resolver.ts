import { AppError, OncePerRequest, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../../../context.js';
import { confirmTotp, enrolTotp } from '../enrolment.js';
import { changeExpiredPassword, changeOwnPassword } from '../password-change.js';
import { OfficerOperationPayload, OfficerSignInPayload, TotpEnrolmentPayload } from '../schema/officer-payloads.js';
import { revokeSession } from '../session-repository.js';
import { signInOfficer, type SignInResult } from '../sign-in.js';
import { toUserError } from './to-user-error.js';

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
  @Mutation(() => OfficerSignInPayload, { description: 'Officer sign-in: password AND a TOTP code, always. Five failures lock the account for 30 minutes' })
  async officerSignIn(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Arg('totp', () => String, { description: 'The 6-digit code of the authenticator ("" before enrolment)' }) totp: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OfficerSignInPayload> {
    bounded(username, password, totp);
    return toPayload(await signInOfficer(ctx.deps, { username, password, totp }, ctx.requestId));
  }

  @OncePerRequest()
  @Mutation(() => TotpEnrolmentPayload, { description: 'First sign-in: a new authenticator secret for the enrolment ticket' })
  async enrolTotp(@Arg('ticket', () => String) ticket: string, @Ctx() ctx: IdentityContext): Promise<TotpEnrolmentPayload> {
    bounded(ticket);
    const result = await enrolTotp(ctx.deps, ticket);
    return result.ok ? { otpauthUri: result.otpauthUri, qrCodeDataUrl: result.qrCodeDataUrl, secret: result.secret } : { error: toUserError(result.failure) };
  }

  @OncePerRequest()
  @Mutation(() => OfficerSignInPayload, { description: 'Finish enrolment with a code from the authenticator; signs in (or PASSWORD_EXPIRED)' })
  async confirmTotp(@Arg('ticket', () => String) ticket: string, @Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<OfficerSignInPayload> {
    bounded(ticket, code);
    return toPayload(await confirmTotp(ctx.deps, ticket, code, ctx.requestId));
  }

  @OncePerRequest()
  @Mutation(() => OfficerSignInPayload, { description: 'After PASSWORD_EXPIRED (temporary or 90-day-old password): both factors and a new password; signs in' })
  async changeExpiredPassword(
    @Arg('username', () => String) username: string,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('totp', () => String) totp: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OfficerSignInPayload> {
    bounded(username, currentPassword, newPassword, totp);
    return toPayload(await changeExpiredPassword(ctx.deps, { username, currentPassword, newPassword, totp }, ctx.requestId));
  }

  @OncePerRequest()
  @Mutation(() => OfficerOperationPayload, { description: "The signed-in officer's new password (current password and a TOTP code again); other sessions end" })
  async changeOwnPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('totp', () => String) totp: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OfficerOperationPayload> {
    const officer = requireOfficer(ctx.caller);
    bounded(currentPassword, newPassword, totp);
    const result = await changeOwnPassword(ctx.deps, officer.id, officer.sid, { currentPassword, newPassword, totp }, ctx.requestId);
    return result.ok ? { ok: true } : { ok: false, error: toUserError(result.failure) };
  }

  @Mutation(() => Boolean, { description: 'End this officer session (the token stops working at once)' })
  async officerSignOut(@Ctx() ctx: IdentityContext): Promise<boolean> {
    const officer = requireOfficer(ctx.caller);
    if (officer.sid) await revokeSession(ctx.deps.database.db, officer.sid);
    await ctx.deps.audit.record({ action: 'SIGN_OUT', actorKind: 'officer', actorId: officer.id, requestId: ctx.requestId });
    return true;
  }
}
