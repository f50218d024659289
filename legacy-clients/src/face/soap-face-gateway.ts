import { isAccepted, type LegacySoapClient, type Reply } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { soapHead } from '../soap-head.js';
import type { FaceComparison, FaceGateway, NetworkIdentityResult } from './face-gateway.js';
import { toFaceComparison, toNetworkIdentity, type CompareFaceXml, type NetworkIdentityXml } from './map.js';

export class SoapFaceGateway implements FaceGateway {
  constructor(private readonly client: LegacySoapClient) {}

  async compareFace(input: { idNumber: string; photo: string; livenessData: string }, ctx: CallContext): Promise<FaceComparison | null> {
    const reply = await this.client.call<Reply<CompareFaceXml>>('compareFace', { head: soapHead(ctx), body: input }, ctx);
    // RESULT=1: the service has no photo for this ID number; for the citizen that is a failed comparison.
    if (!isAccepted(reply) || !reply.body) return null;
    return toFaceComparison(reply.body);
  }

  async verifyNetworkIdentity(
    input: { idNumber: string; name: string; networkIdCode: string; password: string },
    ctx: CallContext,
  ): Promise<NetworkIdentityResult> {
    const reply = await this.client.call<Reply<NetworkIdentityXml>>(
      'verifyNetworkIdentity',
      // Without a network identity code the service checks the password only (level 2).
      { head: soapHead(ctx), body: { idNumber: input.idNumber, name: input.name, ...(input.networkIdCode ? { networkIdCode: input.networkIdCode } : {}), password: input.password } },
      ctx,
    );
    if (!isAccepted(reply) || !reply.body) return { ok: false, level: 0 };
    return toNetworkIdentity(reply.body);
  }
}
