import { OfficerRole, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../../../context.js';
import type { OfficerRow } from '../tables/officer.table.js';
import { createOfficer, officersQueryScope, resetOfficerPassword, setOfficerDisabled, unlockOfficer, updateOfficerRoles, type AdminResult } from '../officer-admin.js';
import { findOfficerById, listOfficers, toOfficer } from '../officer-repository.js';
import { CreateOfficerInput } from '../schema/officer-inputs.js';
import { CreateOfficerPayload, OfficerPayload, ResetOfficerPasswordPayload } from '../schema/officer-payloads.js';
import { Officer } from '../schema/officer.type.js';
import { toUserError } from './to-user-error.js';

/**
 * Who administers what (MLPS level 3 separation of duties):
 * | operation                                   | SYSTEM_ADMIN | SECURITY_ADMIN | AUDIT_ADMIN |
 * | units, createUnit, setUnitDutyPhone         | yes          |                |             |
 * | createOfficer (business roles), dis/enable  | yes          |                |             |
 * | partner API keys                            | yes          |                |             |
 * | updateOfficerRoles (admin roles included)   |              | yes            |             |
 * | resetOfficerPassword, unlockOfficer         |              | yes            |             |
 * | auditEntries, auditChainStatus              |              |                | yes         |
 * Nobody changes their own account here.
 */
@Resolver()
export class OfficerAdminResolver {
  @Query(() => Officer, { nullable: true, description: 'The signed-in officer (name unmasked), or null for anyone else' })
  async currentOfficer(@Ctx() ctx: IdentityContext): Promise<Officer | null> {
    if (ctx.caller.kind !== 'officer' || !ctx.caller.sub) return null;
    const row = await findOfficerById(ctx.deps.database.db, ctx.caller.sub);
    return row ? Officer.from(toOfficer(row, ctx.deps.cipher), { self: true }) : null;
  }

  @Query(() => [Officer], { description: "Officers of a unit (default: the caller's) within the caller's unit scope; FORBIDDEN outside it" })
  async officers(
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: false }) includeSubUnits: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<Officer[]> {
    requireOfficer(ctx.caller);
    const scope = officersQueryScope(ctx.caller, unitCode, includeSubUnits);
    const rows = await listOfficers(ctx.deps.database.db, { unitPrefix: scope.prefix, unitCode: scope.exact });
    return rows.map((r) => Officer.from(toOfficer(r, ctx.deps.cipher)));
  }

  @Mutation(() => CreateOfficerPayload, { description: 'SYSTEM_ADMIN: a new account; the one-time password is in this answer only' })
  async createOfficer(@Arg('input', () => CreateOfficerInput) input: CreateOfficerInput, @Ctx() ctx: IdentityContext): Promise<CreateOfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await createOfficer(ctx.deps, ctx.caller, actor, input, ctx.requestId);
    return result.ok ? { officer: this.view(ctx, result.officer), initialPassword: result.initialPassword } : { error: toUserError(result) };
  }

  @Mutation(() => OfficerPayload, { description: 'SECURITY_ADMIN: replace the roles (ROLE_CONFLICT when they break the separation of duties)' })
  async updateOfficerRoles(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('roles', () => [OfficerRole]) roles: OfficerRole[],
    @Ctx() ctx: IdentityContext,
  ): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    return this.payload(ctx, await updateOfficerRoles(ctx.deps, ctx.caller, actor, officerId, roles, ctx.requestId));
  }

  @Mutation(() => OfficerPayload, { description: 'SYSTEM_ADMIN: the account can no longer sign in; its sessions end' })
  async disableOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: IdentityContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return this.payload(ctx, await setOfficerDisabled(ctx.deps, ctx.caller, actor, officerId, true, ctx.requestId));
  }

  @Mutation(() => OfficerPayload, { description: 'SYSTEM_ADMIN: undo disableOfficer' })
  async enableOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: IdentityContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return this.payload(ctx, await setOfficerDisabled(ctx.deps, ctx.caller, actor, officerId, false, ctx.requestId));
  }

  @Mutation(() => ResetOfficerPasswordPayload, { description: 'SECURITY_ADMIN: a one-time password (and, with resetTotp, a new authenticator enrolment); sessions end' })
  async resetOfficerPassword(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('resetTotp', () => Boolean, { defaultValue: false }) resetTotp: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<ResetOfficerPasswordPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    const result = await resetOfficerPassword(ctx.deps, ctx.caller, actor, officerId, resetTotp, ctx.requestId);
    return result.ok ? { officer: this.view(ctx, result.officer), temporaryPassword: result.temporaryPassword } : { error: toUserError(result) };
  }

  @Mutation(() => OfficerPayload, { description: 'SECURITY_ADMIN: lift a lockout before its 30 minutes are over' })
  async unlockOfficer(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: IdentityContext): Promise<OfficerPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SECURITY_ADMIN);
    return this.payload(ctx, await unlockOfficer(ctx.deps, ctx.caller, actor, officerId, ctx.requestId));
  }

  private view(ctx: IdentityContext, row: OfficerRow): Officer {
    return Officer.from(toOfficer(row, ctx.deps.cipher));
  }

  private payload(ctx: IdentityContext, result: AdminResult<{ officer: OfficerRow }>): OfficerPayload {
    return result.ok ? { officer: this.view(ctx, result.officer) } : { error: toUserError(result) };
  }
}
