import { UserError } from '@jingtong/kit';
import type { CitizensContext } from '../citizens-context.js';
import type { SignInChannel } from '../tables/channel-account.table.js';
import { findCitizensByIds } from '../store/citizens.repository.js';
import { type IdentityErrorCode, identityMessage } from '../../../errors.js';
import type { SignInPayload } from '../payloads.js';
import { touchCitizen } from '../store/citizen-writes.js';

/** Audit the sign-in and hand out a token carrying the citizen's current level. */
export async function completeSignIn(ctx: CitizensContext, citizenId: string, channel: SignInChannel, details: Record<string, unknown> = {}): Promise<SignInPayload> {
  const { db, cipher, audit, sessions } = ctx.citizens;
  const citizen = (await findCitizensByIds(db, cipher, [citizenId])).get(citizenId);
  if (!citizen) throw new Error('citizen not found after sign-in');
  // The sign-in time is not part of the projection: nothing to invalidate.
  await touchCitizen(db, citizen.id);
  await audit.record({ action: 'SIGN_IN', actorKind: 'citizen', actorId: citizen.id, requestId: ctx.requestId, details: { channel, level: citizen.assuranceLevel, ...details } });
  const issued = await sessions.issue(citizen.id, citizen.assuranceLevel);
  return { token: issued.token, expiresAt: issued.expiresAt };
}

/** A refused sign-in: audited (no personal data), answered with a payload error. */
export async function refuseSignIn(ctx: CitizensContext, channel: SignInChannel, code: IdentityErrorCode): Promise<SignInPayload> {
  await ctx.citizens.audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'anonymous', requestId: ctx.requestId, details: { channel, reason: code } });
  return { error: UserError.of(code, identityMessage(code)) };
}
