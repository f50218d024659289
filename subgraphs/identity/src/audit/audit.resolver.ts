import { AppError, checkAuditChain, OfficerRole, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, Int, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../context.js';
import { AuditChainStatus, AuditEntry, AuditEntryFilter, AuditEntryPage } from './audit-entry.type.js';
import { decodeCursor, encodeCursor, MAX_PAGE, searchAudit } from './audit-search.js';

/** The audit trail is read by the AUDIT_ADMIN and nobody else (not even the other administrators). */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: 'AUDIT_ADMIN: search live and archived audit rows, newest first' })
  async auditEntries(
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuditEntryPage> {
    requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new AppError('BAD_USER_INPUT', { message: `每页条数须在 1 到 ${MAX_PAGE} 之间` });
    const { rows, hasNextPage } = await searchAudit(ctx.deps.database.db, filter ?? {}, first, after ? decodeCursor(after) : null);
    return Object.assign(new AuditEntryPage(), {
      nodes: rows.map(AuditEntry.from),
      endCursor: rows.length ? encodeCursor(rows[rows.length - 1]!.id) : null,
      hasNextPage,
    });
  }

  @Query(() => AuditChainStatus, { description: 'AUDIT_ADMIN: verify the whole chain now; a break is itself audited (AUDIT_TAMPER_DETECTED)' })
  async auditChainStatus(@Ctx() ctx: IdentityContext): Promise<AuditChainStatus> {
    requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
    const status = await checkAuditChain(ctx.deps.database.db, { requestId: ctx.requestId });
    if (status.alerted) ctx.deps.logger.error({ firstBrokenId: status.firstBrokenId, reason: status.reason }, 'audit chain broken');
    return AuditChainStatus.from(status);
  }
}
