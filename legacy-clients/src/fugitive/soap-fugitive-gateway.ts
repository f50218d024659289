import { acceptedBody, type LegacySoapClient, type Reply } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { soapHead } from '../soap-head.js';
import { toArray } from '../to-array.js';
import type { FugitiveGateway, FugitiveHit } from './fugitive-gateway.js';
import { toHit, type HitXml } from './map.js';

export class SoapFugitiveGateway implements FugitiveGateway {
  constructor(private readonly client: LegacySoapClient) {}

  async check(idNumber: string, ctx: CallContext): Promise<FugitiveHit | null> {
    const reply = await this.client.call<Reply<{ hit?: HitXml | HitXml[] } | null>>('checkPersons', { head: soapHead(ctx), body: { idNumber: [idNumber] } }, ctx);
    // The service compares a batch; we send one person and take the hit for that ID number.
    const hit = toArray(acceptedBody(reply, '在逃人员比对系统未受理该查询')?.hit).find((h) => String(h.idNumber).toUpperCase() === idNumber);
    return hit ? toHit(hit) : null;
  }
}
