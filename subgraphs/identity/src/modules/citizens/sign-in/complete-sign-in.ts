import { UserError } from '@jingtong/kit';
import type { IdentityContext } from '../../../context.js';
import type { SignInChannel } from '../tables/channel-account.table.js';
import { findCitizensByIds } from '../store/citizens.repository.js';
import { type IdentityErrorCode, identityMessage } from '../../../errors.js';
import { issueCitizenToken } from '../citizen-token.js';
import type { SignInPayload } from '../payloads.js';
import { touchCitizen } from '../store/citizen-writes.js';

/** Audit the sign-in and hand out a token carrying the citizen's current level. */
export async function completeSignIn(ctx: IdentityContext, citizenId: string, channel: SignInChannel, details: Record<string, unknown> = {}): Promise<SignInPayload> {
  const { deps } = ctx;
  const citizen = (await findCitizensByIds(deps.database.db, deps.cipher, [citizenId])).get(citizenId);
  if (!citizen) throw new Error('citizen not found after sign-in');
  await touchCitizen(deps.database.db, citizen.id);
  await deps.audit.record({ action: 'SIGN_IN', actorKind: 'citizen', actorId: citizen.id, requestId: ctx.requestId, details: { channel, level: citizen.assuranceLevel, ...details } });
  const issued = await issueCitizenToken(deps, citizen.id, citizen.assuranceLevel);
  return { token: issued.token, expiresAt: issued.expiresAt };
}

/** A refused sign-in: audited (no personal data), answered with a payload error. */
export async function refuseSignIn(ctx: IdentityContext, channel: SignInChannel, code: IdentityErrorCode): Promise<SignInPayload> {
  await ctx.deps.audit.record({ action: 'SIGN_IN_FAILED', actorKind: 'anonymous', requestId: ctx.requestId, details: { channel, reason: code } });
  return { error: UserError.of(code, identityMessage(code)) };
}
