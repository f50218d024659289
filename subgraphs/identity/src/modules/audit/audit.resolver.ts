import {
  auditPage,
  AUDIT_TRAILS_ID,
  AuditChainStatusNode,
  AuditEntryFilter,
  AuditEntryPage,
  auditTrailsEntity,
  JOB_QUEUES_ID,
  jobQueuesEntity,
  OfficerRole,
  requireOfficer,
  verifyTrail,
  type AuditTrailContext,
  type AuditTrails,
  type JobQueues,
} from '@jingtong/kit';
import { Arg, Ctx, Int, Query, Resolver } from '@jingtong/kit/type-graphql';

const IdentityAuditTrails = auditTrailsEntity('identity');
const IdentityJobQueues = jobQueuesEntity('identity');

/** The audit trail is read by the AUDIT_ADMIN and nobody else (not even the other administrators). */
@Resolver()
export class AuditResolver {
  @Query(() => IdentityAuditTrails, { description: 'AUDIT_ADMIN: every subgraph’s audit trail, one field per subgraph (identity, traffic, …)' })
  auditTrails(@Ctx() ctx: AuditTrailContext): AuditTrails {
    requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
    return { id: AUDIT_TRAILS_ID };
  }

  @Query(() => IdentityJobQueues, { description: 'SYSTEM_ADMIN: every subgraph’s durable job queue (counts, dead letters), one field per subgraph' })
  jobQueues(@Ctx() ctx: AuditTrailContext): JobQueues {
    requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    return { id: JOB_QUEUES_ID };
  }

  @Query(() => AuditEntryPage, { description: 'AUDIT_ADMIN: search identity’s live and archived audit rows, newest first (`auditTrails` has every subgraph’s)' })
  async auditEntries(
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AuditTrailContext,
  ): Promise<AuditEntryPage> {
    requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
    return auditPage(ctx, filter, first, after);
  }

  @Query(() => AuditChainStatusNode, { description: 'AUDIT_ADMIN: verify identity’s whole chain now; a break is itself audited (AUDIT_TAMPER_DETECTED)' })
  async auditChainStatus(@Ctx() ctx: AuditTrailContext): Promise<AuditChainStatusNode> {
    requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
    return verifyTrail(ctx);
  }
}
