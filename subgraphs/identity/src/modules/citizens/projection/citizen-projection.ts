import type { FieldCipher } from '@jingtong/kit';
import type { Citizen } from '../store/citizens.repository.js';

/**
 * What every `Citizen` look-up needs, first of all the gateway's first fetch of each citizen query,
 * `me { id idNumber name boundPlates }`: the citizen's row and the plates they bound.
 */
export interface CitizenProjection {
  citizen: Citizen;
  /** In binding order; traffic's `Citizen.vehicles @requires(fields: "boundPlates")` loads these. */
  boundPlates: string[];
}

interface SealedShape {
  id: string;
  idNumber: string | null;
  name: string | null;
  phone: string | null;
  assuranceLevel: number;
  createdAt: string;
  boundPlates: string[];
}

/** One AES-256-GCM blob under the field cipher's current key: the cache never holds personal data in clear. */
export function sealProjection(cipher: FieldCipher, projection: CitizenProjection): string {
  const { citizen, boundPlates } = projection;
  const shape: SealedShape = { ...citizen, createdAt: citizen.createdAt.toISOString(), boundPlates };
  return cipher.encrypt(JSON.stringify(shape));
}

/**
 * Undefined when the blob cannot be read (a key rotated out, a foreign value): a miss. The citizen id
 * inside must be the one the cache key names, so a blob copied under another citizen's key is refused.
 */
export function openProjection(cipher: FieldCipher, citizenId: string, sealed: string): CitizenProjection | undefined {
  let shape: SealedShape;
  try {
    shape = JSON.parse(cipher.decrypt(sealed)) as SealedShape;
  } catch {
    return undefined;
  }
  if (shape.id !== citizenId || !Array.isArray(shape.boundPlates)) return undefined;
  const { boundPlates, createdAt, ...citizen } = shape;
  return { citizen: { ...citizen, createdAt: new Date(createdAt) }, boundPlates };
}
