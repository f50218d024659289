import { OfficerRole } from '../../access/roles.js';
import { requireOfficer } from '../../access/guards.js';
import type { Caller } from '../../caller/caller.js';
import type { Logger } from '../../log/logger.js';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from '../../type-graphql.js';
import { requirePageSize } from '../../validation/text.js';
import { decodeCursor, encodeCursor, MAX_PAGE, searchAudit } from '../audit-search.js';
import { openSealedDetails } from '../sealed-details.js';
import { checkAuditChain } from '../tamper-check.js';
import { AuditChainStatusNode, AuditEntryNode, AuditEntryFilter, AuditEntryPage } from './audit-entry.type.js';

/**
 * The audit administrator's view of every subgraph's trail in one query:
 * `auditTrails { identity { entries { … } chain { ok } } traffic { … } }`. `AuditTrails` is an entity
 * every subgraph that audits extends with a field named after itself, so the gateway sends each part
 * to the subgraph that owns the rows; the trails themselves never leave their subgraph's database.
 */
export interface AuditTrails {
  id: string;
}

// One class per subgraph: type-graphql adds a field resolver's field to the class it extends for good,
// so with one shared class a second subgraph built in the same process (the test kit) would also serve
// the first one's field.
const entities = new Map<string, new () => AuditTrails>();

export function auditTrailsEntity(subgraph: string): new () => AuditTrails {
  let entity = entities.get(subgraph);
  if (!entity) {
    @Directive('@key(fields: "id")')
    @ObjectType('AuditTrails', { description: 'AUDIT_ADMIN: one field per subgraph, each that subgraph’s own hash-chained trail' })
    class AuditTrailsEntity implements AuditTrails {
      @Field(() => ID)
      id!: string;
    }
    entity = AuditTrailsEntity;
    entities.set(subgraph, entity);
  }
  return entity;
}

@Directive('@shareable')
@ObjectType('AuditTrail', { description: 'One subgraph’s audit trail' })
export class AuditTrail {
  @Field(() => String, { description: 'The subgraph whose rows these are' })
  subgraph!: string;
}

export const AUDIT_TRAILS_ID = 'audit';

/** What the trail's resolvers need from a subgraph's per-request context. */
export interface AuditTrailContext {
  caller: Caller;
  requestId: string;
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  auditDb: import('kysely').Kysely<any>;
  logger: Logger;
  /**
   * Opens what `disclose()` sealed into a row (the subgraph's PII cipher `decrypt`): the audit administrator
   * reads a disclosure's remark in clear here, and nowhere else; the row itself stays sealed.
   */
  unseal: (sealed: string) => string;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The resolvers a subgraph adds to its schema (with `AuditTrails` and `AuditTrail` in orphanedTypes): its field on `AuditTrails`, and the trail's fields. */
export function auditTrailResolvers(subgraph: string) {
  const AuditTrailsOfSubgraph = auditTrailsEntity(subgraph);

  @Resolver(() => AuditTrailsOfSubgraph)
  class SubgraphAuditTrailResolver {
    @FieldResolver(() => AuditTrail, { name: camel(subgraph), description: `The ${subgraph} subgraph’s trail` })
    trail(@Ctx() ctx: AuditTrailContext): AuditTrail {
      requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
      return Object.assign(new AuditTrail(), { subgraph });
    }
  }

  @Resolver(() => AuditTrail)
  class AuditTrailFieldsResolver {
    @FieldResolver(() => AuditEntryPage, { description: 'Live and archived rows, newest first' })
    async entries(
      @Root() _trail: AuditTrail,
      @Ctx() ctx: AuditTrailContext,
      @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | null,
      @Arg('first', () => Int, { defaultValue: 50 }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
    ): Promise<AuditEntryPage> {
      requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
      return auditPage(ctx, filter, first, after);
    }

    @FieldResolver(() => AuditChainStatusNode, { description: 'The whole chain verified now; a break is itself audited (AUDIT_TAMPER_DETECTED)' })
    async chain(@Root() _trail: AuditTrail, @Ctx() ctx: AuditTrailContext): Promise<AuditChainStatusNode> {
      requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
      return verifyTrail(ctx);
    }
  }

  return [SubgraphAuditTrailResolver, AuditTrailFieldsResolver] as const;
}

/** One page of a subgraph's own trail (also behind identity's older `auditEntries`), for the audit administrator. */
export async function auditPage(ctx: AuditTrailContext, filter: AuditEntryFilter | null, first: number, after: string | null): Promise<AuditEntryPage> {
  // Its callers check too; here as well because the page opens sealed remarks.
  requireOfficer(ctx.caller, OfficerRole.AUDIT_ADMIN);
  requirePageSize(first, MAX_PAGE);
  const { rows, hasNextPage } = await searchAudit(ctx.auditDb, filter ?? {}, first, after ? decodeCursor(after) : null);
  return Object.assign(new AuditEntryPage(), {
    nodes: rows.map((row) => AuditEntryNode.from({ ...row, details: openSealedDetails(row.action, row.details, ctx.unseal) })),
    endCursor: rows.length ? encodeCursor(rows[rows.length - 1].id) : null,
    hasNextPage,
  });
}

export async function verifyTrail(ctx: AuditTrailContext): Promise<AuditChainStatusNode> {
  const status = await checkAuditChain(ctx.auditDb, { requestId: ctx.requestId });
  if (status.alerted) ctx.logger.error({ firstBrokenId: status.firstBrokenId, reason: status.reason }, 'audit chain broken');
  return AuditChainStatusNode.from(status);
}

/** `__resolveReference` for the `AuditTrails` entity: there is one. */
export const resolveAuditTrailsReference = () => ({ id: AUDIT_TRAILS_ID });
