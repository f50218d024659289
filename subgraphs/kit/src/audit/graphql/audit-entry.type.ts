import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '../../type-graphql.js';
import type { AuditSearchRow } from '../audit-search.js';
import type { AuditChainStatus as AuditChainStatusModel } from '../verify-chain.js';

// Every subgraph's trail answers in these same types: @shareable.

@Directive('@shareable')
@ObjectType('AuditEntry', { description: 'One row of the hash-chained audit trail' })
export class AuditEntryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { description: 'SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, CONFIG_CHANGED, DISCLOSURE, API_KEY_ISSUED, AUDIT_TAMPER_DETECTED …' })
  action!: string;

  @Field(() => String)
  actorKind!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  targetKind!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'Disclosures: the field shown unmasked' })
  field!: string | null;

  @Field(() => String, { nullable: true, description: 'Disclosures: the stated purpose' })
  purpose!: string | null;

  @Field(() => String)
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Non-personal details, JSON; on a disclosure, the remark (sealed in the row) opened for the audit administrator' })
  details!: string | null;

  @Field(() => String, { description: 'This row in the chain: HMAC-SHA256 under the chain key (kept outside the database) of the previous hash and the row' })
  hash!: string;

  @Field(() => Boolean, { description: 'Moved to the archive (older than the retention period)' })
  archived!: boolean;

  static from(row: AuditSearchRow): AuditEntryNode {
    return Object.assign(new AuditEntryNode(), {
      id: String(row.id),
      at: row.at,
      action: row.action,
      actorKind: row.actor_kind,
      actorId: row.actor_id,
      targetKind: row.target_kind,
      targetId: row.target_id,
      field: row.field,
      purpose: row.purpose,
      requestId: row.request_id,
      details: row.details,
      hash: row.hash,
      archived: row.archived,
    });
  }
}

@Directive('@shareable')
@ObjectType('AuditEntryPage', { description: 'A page of audit entries, newest first; pass endCursor as `after` for the next' })
export class AuditEntryPage {
  @Field(() => [AuditEntryNode])
  nodes!: AuditEntryNode[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@InputType('AuditEntryFilter')
export class AuditEntryFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before' })
  to?: Date | null;
}

@Directive('@shareable')
@ObjectType('AuditChainStatus', { description: 'The whole chain (archive, then live) recomputed just now' })
export class AuditChainStatusNode {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  checkedRows!: number;

  @Field(() => ID, { nullable: true, description: 'The first row that no longer verifies' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: 'HASH_MISMATCH (changed), LINK_BROKEN (removed/inserted), ORDER_BROKEN, CHECKPOINT_MISMATCH (tail cut off or rewritten)' })
  reason!: string | null;

  @Field(() => Int, { description: 'Holes in the id sequence (informational: sequences skip values after rollbacks)' })
  gaps!: number;

  @Field(() => GraphQLISODateTime)
  checkedAt!: Date;

  static from(status: AuditChainStatusModel): AuditChainStatusNode {
    return Object.assign(new AuditChainStatusNode(), {
      ok: status.ok,
      checkedRows: status.checkedRows,
      firstBrokenId: status.firstBrokenId,
      reason: status.reason,
      gaps: status.gaps,
      checkedAt: new Date(),
    });
  }
}
