import { createHash } from 'node:crypto';
import type { DraftContent, FormFieldContent, MaterialContent } from '../drafts/draft-content.js';
import { canonicalJson, type Flow, type Frozen, readFlow, snapshotFlow } from '../flows/index.js';

/** What a publication freezes: the flow core's snapshot of the flow, the form and the materials, and their digests. */
export interface VersionContent {
  flow: Frozen<Flow>;
  flowDigest: string;
  fields: FormFieldContent[];
  materials: MaterialContent[];
  /** sha256 of the canonical JSON of all three: equal digests, equal versions. */
  digest: string;
}

export const contentDigest = (content: { flow: unknown; fields: unknown; materials: unknown }) =>
  createHash('sha256').update(canonicalJson({ flow: content.flow, fields: content.fields, materials: content.materials }), 'utf8').digest('hex');

/** The version a draft would publish, or null while its flow cannot be read (nothing to snapshot yet). */
export function versionContent(draft: DraftContent): VersionContent | null {
  if (draft.flow === null) return null;
  const read = readFlow(draft.flow);
  if (!read.ok) return null;
  const { flow, digest: flowDigest } = snapshotFlow(read.flow);
  return { flow, flowDigest, fields: draft.fields, materials: draft.materials, digest: contentDigest({ flow, fields: draft.fields, materials: draft.materials }) };
}
