import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { BusinessVersionRow } from '../db/repositories/business-versions.repository.js';
import { FormField, Material } from './draft-content.type.js';
import { FlowJSON } from './flow-json.scalar.js';

@ObjectType('BusinessVersion', { description: 'A published version, never changed: an application stays on the one it started on' })
export class BusinessVersion {
  @Field(() => ID)
  businessId!: string;

  @Field(() => Int, { description: '1, 2, … in the order of publication' })
  version!: number;

  @Field(() => [FormField])
  fields!: FormField[];

  @Field(() => [Material])
  materials!: Material[];

  @Field(() => FlowJSON)
  flow!: unknown;

  @Field(() => String, { description: 'sha256 of the flow’s canonical JSON' })
  flowDigest!: string;

  @Field(() => String, { description: 'sha256 of flow, form and materials: publishing the same content again makes no new version' })
  digest!: string;

  @Field(() => ID)
  publishedBy!: string;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  static from(row: BusinessVersionRow): BusinessVersion {
    return Object.assign(new BusinessVersion(), {
      businessId: row.business_id,
      version: row.version,
      fields: row.fields.map(FormField.from),
      materials: row.materials.map(Material.from),
      flow: row.flow,
      flowDigest: row.flow_digest,
      digest: row.digest,
      publishedBy: row.published_by,
      publishedAt: row.published_at,
    });
  }
}
