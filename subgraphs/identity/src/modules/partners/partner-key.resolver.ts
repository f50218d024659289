import { OfficerRole, PARTNER_SCOPES, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { PartnersContext } from './partners-context.js';
import { toUserError } from '../../errors.js';
import { listPartnerKeys } from './partner-key-repository.js';
import { issuePartnerKey, revokePartnerKey, rotatePartnerKey } from './partner-keys.js';
import { IssuePartnerKeyInput, IssuePartnerKeyPayload, PartnerKeyPayload } from './schema/partner-key.payloads.js';
import { PartnerKey, PartnerScopeInfo } from './schema/partner-key.type.js';

/** Partner departments' API keys: issued, rotated, revoked and listed by a SYSTEM_ADMIN only. */
@Resolver()
export class PartnerKeyResolver {
  @Query(() => [PartnerKey], { description: 'SYSTEM_ADMIN: keys (never their secrets), newest first' })
  async partnerKeys(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: PartnersContext): Promise<PartnerKey[]> {
    requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return (await listPartnerKeys(ctx.partners.db, includeInactive)).map(PartnerKey.from);
  }

  @Query(() => [PartnerScopeInfo], { description: 'SYSTEM_ADMIN: every scope a key can be given' })
  partnerScopes(@Ctx() ctx: PartnersContext): PartnerScopeInfo[] {
    requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return Object.entries(PARTNER_SCOPES).map(([scope, description]) => Object.assign(new PartnerScopeInfo(), { scope, description }));
  }

  @Mutation(() => IssuePartnerKeyPayload, { description: 'SYSTEM_ADMIN: a new key; the secret is in this answer only' })
  async issuePartnerKey(@Arg('input', () => IssuePartnerKeyInput) input: IssuePartnerKeyInput, @Ctx() ctx: PartnersContext): Promise<IssuePartnerKeyPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await issuePartnerKey(ctx.partners, actor, input, ctx.requestId);
    return result.ok ? { key: PartnerKey.from(result.key), secret: result.secret } : { error: toUserError(result) };
  }

  @Mutation(() => IssuePartnerKeyPayload, { description: 'SYSTEM_ADMIN: a new secret with the same partner, scopes and limits; the old key ends now or after graceMinutes (at most 7 days)' })
  async rotatePartnerKey(
    @Arg('id', () => ID) id: string,
    @Arg('graceMinutes', () => Int, { defaultValue: 0 }) graceMinutes: number,
    @Ctx() ctx: PartnersContext,
  ): Promise<IssuePartnerKeyPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await rotatePartnerKey(ctx.partners, actor, id, graceMinutes, ctx.requestId);
    return result.ok ? { key: PartnerKey.from(result.key), secret: result.secret } : { error: toUserError(result) };
  }

  @Mutation(() => PartnerKeyPayload, { description: 'SYSTEM_ADMIN: the key stops working at once' })
  async revokePartnerKey(@Arg('id', () => ID) id: string, @Ctx() ctx: PartnersContext): Promise<PartnerKeyPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await revokePartnerKey(ctx.partners, actor, id, ctx.requestId);
    return result.ok ? { key: PartnerKey.from(result.key) } : { error: toUserError(result) };
  }
}
