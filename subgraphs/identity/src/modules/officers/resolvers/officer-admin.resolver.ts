import { ADMIN_ROLES, OfficerRole, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { OfficersContext } from '../officers-context.js';
import type { OfficerRow } from '../tables/officer.table.js';
import { createOfficer, officersQueryScope, resetOfficerPassword, setOfficerDisabled, unlockOfficer, updateOfficerRoles, type AdminResult } from '../officer-admin.js';
import { findOfficerById, listOfficers, toOfficer } from '../officer-repository.js';
import { CreateOfficerInput } from '../schema/officer-inputs.js';
import { CreateOfficerPayload, OfficerPayload, OfficerResetRequest, ResetOfficerPasswordPayload } from '../schema/officer-payloads.js';
import { approvableResets, approveOfficerReset } from '../reset-approval.js';
import type { PendingResetRow } from '../tables/officer-safeguards.table.js';
import { Officer } from '../schema/officer.type.js';
import { toUserError } from '../../../errors.js';

/**
 * Who administers what (MLPS level 3 separation of duties):
 * | operation                                   | SYSTEM_ADMIN | SECURITY_ADMIN | AUDIT_ADMIN |
 * | units, createUnit, setUnitDutyPhone         | yes          |                |             |
 * | createOfficer (business roles), dis/enable  | yes          |                |             |
 * | partner API keys                            | yes          |                |             |
 * | updateOfficerRoles (admin roles included)   |              | yes            |             |
 * | resetOfficerPassword, unlockOfficer         |              | yes            |             |
 * | approveOfficerReset (of their own role)     | yes          | yes            | yes         |
 * | auditEntries, auditChainStatus              |              |                | yes         |
 * Nobody changes their own account here. One-time passwords are texted to the officer, never shown.
 * No administrator disables an administrator or changes an administrator's roles; an administrator's
 * reset waits for a second officer holding that same administrator role. Every account has a role.
 */
@Resolver()
export class OfficerAdminResolver {
  @Query(() => Officer, { nullable: true, description: 'The signed-in officer (name unmasked), or null for anyone else' })
  async currentOfficer(@Ctx() ctx: OfficersContext): Promise<Officer | null> {
    if (ctx.caller.kind !== 'officer' || !ctx.caller.sub) return null;
    const row = await findOfficerById(ctx.officers.db, ctx.caller.sub);
    return row ? Officer.from(toOfficer(row, ctx.officers.cipher), { self: true }) : null;
  }

  @Query(() => [Officer], { description: "Officers of a unit (default: the caller's) within the caller's unit scope; FORBIDDEN outside it" })
  async officers(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: false }) includeSubUnits: boolean,
    @Ctx() ctx: OfficersContext,
  ): Promise<Officer[]> {
    requireOfficer(ctx.caller);
    const scope = officersQueryScope(ctx.caller, unitCode, includeSubUnits);
    const rows = await listOfficers(ctx.officers.db, { unitPrefix: scope.prefix, unitCode: scope.exact });
    return rows.map((r) => Officer.from(toOfficer(r, ctx.officers.cipher)));
  }

  @Mutation(() => CreateOfficerPayload, { description: "SYSTEM_ADMIN: a new account (at least one business role); the one-time password is texted to the officer's mobile" })
  async createOfficer(@Arg('input', () => CreateOfficerInput) input: CreateOfficerInput, @Ctx() ctx: OfficersContext): Promise<CreateOfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await createOfficer(ctx.officers, ctx.caller, actor, input, ctx.requestId);
    return result.ok ? { officer: this.view(ctx, result.officer), oneTimePasswordSentTo: result.sentTo } : { error: toUserError(result) };
  }

  @Mutation(() => OfficerPayload, { description: 'SECURITY_ADMIN: replace the roles (ROLE_CONFLICT when they break the separation of duties)' })
  async updateOfficerRoles(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('roles', () => [OfficerRole]) roles: OfficerRole[],
    @Ctx() ctx: OfficersContext,
  ): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    return this.payload(ctx, await updateOfficerRoles(ctx.officers, ctx.caller, actor, officerId, roles, ctx.requestId));
  }

  @Mutation(() => OfficerPayload, { description: 'SYSTEM_ADMIN: the account can no longer sign in; its sessions end' })
  async disableOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: OfficersContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return this.payload(ctx, await setOfficerDisabled(ctx.officers, ctx.caller, actor, officerId, true, ctx.requestId));
  }

  @Mutation(() => OfficerPayload, { description: 'SYSTEM_ADMIN: undo disableOfficer' })
  async enableOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: OfficersContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return this.payload(ctx, await setOfficerDisabled(ctx.officers, ctx.caller, actor, officerId, false, ctx.requestId));
  }

  @Mutation(() => ResetOfficerPasswordPayload, {
    description: "SECURITY_ADMIN: a one-time password texted to the officer (and, with resetTotp, a new authenticator enrolment); sessions end. An administrator's reset waits for a second approver (pendingReset)",
  })
  async resetOfficerPassword(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('resetTotp', () => Boolean, { defaultValue: false }) resetTotp: boolean,
    @Ctx() ctx: OfficersContext,
  ): Promise<ResetOfficerPasswordPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    const result = await resetOfficerPassword(ctx.officers, ctx.caller, actor, officerId, resetTotp, ctx.requestId);
    if (!result.ok) return { error: toUserError(result) };
    if (result.pending) return { officer: this.view(ctx, result.officer), pendingReset: toResetRequest(result.pending) };
    return { officer: this.view(ctx, result.officer), oneTimePasswordSentTo: result.sentTo };
  }

  @Query(() => [OfficerResetRequest], { description: 'Administrator resets waiting for this officer’s approval (same administrator role; not their own request or account)' })
  async officerResetRequests(@Ctx() ctx: OfficersContext): Promise<OfficerResetRequest[]> {
    const actor = requireOfficer(ctx.caller, ...ADMIN_ROLES);
    return (await approvableResets(ctx.officers, actor)).map(toResetRequest);
  }

  @Mutation(() => ResetOfficerPasswordPayload, { description: "Second approver (another officer of the administrator's role): performs the pending reset; the one-time password is texted to the officer" })
  async approveOfficerReset(@Arg('resetRequestId', () => ID) resetRequestId: string, @Ctx() ctx: OfficersContext): Promise<ResetOfficerPasswordPayload> {
    const actor = requireOfficer(ctx.caller, ...ADMIN_ROLES);
    const result = await approveOfficerReset(ctx.officers, ctx.caller, actor, resetRequestId, ctx.requestId);
    return result.ok ? { officer: this.view(ctx, result.officer), oneTimePasswordSentTo: result.sentTo } : { error: toUserError(result) };
  }

  @Mutation(() => OfficerPayload, { description: 'SECURITY_ADMIN: lift a lockout before its 30 minutes are over' })
  async unlockOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: OfficersContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    return this.payload(ctx, await unlockOfficer(ctx.officers, ctx.caller, actor, officerId, ctx.requestId));
  }

  private view(ctx: OfficersContext, row: OfficerRow): Officer {
    return Officer.from(toOfficer(row, ctx.officers.cipher));
  }

  private payload(ctx: OfficersContext, result: AdminResult<{ officer: OfficerRow }>): OfficerPayload {
    return result.ok ? { officer: this.view(ctx, result.officer) } : { error: toUserError(result) };
  }
}

const toResetRequest = (row: PendingResetRow): OfficerResetRequest =>
  Object.assign(new OfficerResetRequest(), {
    id: row.id,
    officerId: row.officer_id,
    username: row.username,
    requestedBy: row.requested_by_username,
    requiredRole: row.required_role as OfficerRole,
    resetTotp: row.reset_totp,
    requestedAt: row.requested_at,
    expiresAt: row.expires_at,
  });
