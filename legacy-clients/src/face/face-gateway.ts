import type { CallContext } from '../call-context.js';

export interface FaceComparison {
  /** 0-100. */
  score: number;
  match: boolean;
  /** The client's liveness check passed. */
  liveness: boolean;
}

export interface NetworkIdentityResult {
  ok: boolean;
  /** 2: the network-copy password checked; 3: the network identity copy (网证) checked too. */
  level: number;
}

/** The face comparison / CTID network identity service (人脸比对 / 网证, tender 2.3.4.2). */
export interface FaceGateway {
  /** Null when the service does not know the ID number. */
  compareFace(input: { idNumber: string; photo: string; livenessData: string }, ctx: CallContext): Promise<FaceComparison | null>;
  verifyNetworkIdentity(input: { idNumber: string; name: string; networkIdCode: string; password: string }, ctx: CallContext): Promise<NetworkIdentityResult>;
}
