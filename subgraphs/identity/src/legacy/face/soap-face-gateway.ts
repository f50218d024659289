import type { LegacySoapClient } from '@jingtong/kit';
import { isAccepted, soapHead, type CallContext, type Reply } from '../soap-reply.js';
import type { FaceComparison, FaceGateway, NetworkIdentityResult } from './face-gateway.js';

export class SoapFaceGateway implements FaceGateway {
  constructor(private readonly client: LegacySoapClient) {}

  async compareFace(input: { idNumber: string; photo: string; livenessData: string }, ctx: CallContext): Promise<FaceComparison | null> {
    const reply = await this.client.call<Reply<{ score: string | number; liveness: string; match: string }>>(
      'compareFace',
      { head: soapHead(ctx), body: input },
      ctx,
    );
    // RESULT=1: the service has no photo for this ID number; for the citizen that is a failed comparison.
    if (!isAccepted(reply) || !reply.body) return null;
    return { score: Number(reply.body.score), match: String(reply.body.match) === '1', liveness: String(reply.body.liveness) === '1' };
  }

  async verifyNetworkIdentity(
    input: { idNumber: string; name: string; networkIdCode: string; password: string },
    ctx: CallContext,
  ): Promise<NetworkIdentityResult> {
    const reply = await this.client.call<Reply<{ result: string; level?: string | number }>>(
      'verifyNetworkIdentity',
      // Without a network identity code the service checks the password only (level 2).
      { head: soapHead(ctx), body: { idNumber: input.idNumber, name: input.name, ...(input.networkIdCode ? { networkIdCode: input.networkIdCode } : {}), password: input.password } },
      ctx,
    );
    if (!isAccepted(reply) || !reply.body) return { ok: false, level: 0 };
    const ok = String(reply.body.result) === '1';
    return { ok, level: ok ? Number(reply.body.level ?? 0) : 0 };
  }
}
