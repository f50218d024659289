import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { PartnerKeyWithPartner } from '../partner-key-repository.js';

@ObjectType('PartnerKey', { description: "A partner department's API key. The secret is never shown again after it is issued" })
export class PartnerKey {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => String)
  partnerName!: string;

  @Field(() => String, { description: 'Public part of the key (jt_live_<prefix>_…), to tell keys apart' })
  prefix!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => Int)
  ratePerMinute!: number;

  @Field(() => Int)
  costBudgetPerDay!: number;

  @Field(() => Boolean, { description: 'Neither revoked nor past a rotation grace period' })
  active!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a rotated key stops working' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The key this one replaced' })
  rotatedFromId!: string | null;

  static from(row: PartnerKeyWithPartner): PartnerKey {
    return Object.assign(new PartnerKey(), {
      id: row.id,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      prefix: row.prefix,
      scopes: row.scopes,
      ratePerMinute: row.rate_per_minute,
      costBudgetPerDay: row.cost_budget_per_day,
      active: row.active,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      rotatedFromId: row.rotated_from,
    });
  }
}

@ObjectType('PartnerScope', { description: 'Something a partner key can be allowed to read' })
export class PartnerScopeInfo {
  @Field(() => String)
  scope!: string;

  @Field(() => String)
  description!: string;
}
