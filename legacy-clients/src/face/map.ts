import type { FaceComparison, NetworkIdentityResult } from './face-gateway.js';

/** The only place that knows the face service's field names and flags. */
export interface CompareFaceXml {
  score: string | number;
  liveness: string;
  match: string;
}

export interface NetworkIdentityXml {
  result: string;
  level?: string | number;
}

export const toFaceComparison = (x: CompareFaceXml): FaceComparison => ({ score: Number(x.score), match: String(x.match) === '1', liveness: String(x.liveness) === '1' });

export function toNetworkIdentity(x: NetworkIdentityXml): NetworkIdentityResult {
  const ok = String(x.result) === '1';
  return { ok, level: ok ? Number(x.level ?? 0) : 0 };
}
