import type { LegacySoapClient } from '@jingtong/kit';
import { toArray } from '../map.js';
import { acceptedBody, soapHead, type CallContext, type Reply } from '../soap-reply.js';
import type { FugitiveGateway, FugitiveHit } from './fugitive-gateway.js';

interface HitXml {
  idNumber: string;
  caseNumber: string;
  wantedBy: string;
  category: string;
  listedOn: string;
}

export class SoapFugitiveGateway implements FugitiveGateway {
  constructor(private readonly client: LegacySoapClient) {}

  async check(idNumber: string, ctx: CallContext): Promise<FugitiveHit | null> {
    const reply = await this.client.call<Reply<{ hit?: HitXml | HitXml[] } | null>>('checkPersons', { head: soapHead(ctx), body: { idNumber: [idNumber] } }, ctx);
    // The service compares a batch; we send one person and take the hit for that ID number.
    const hit = toArray(acceptedBody(reply, '在逃人员比对系统未受理该查询')?.hit).find((h) => String(h.idNumber).toUpperCase() === idNumber);
    if (!hit) return null;
    return {
      idNumber: String(hit.idNumber),
      caseNumber: String(hit.caseNumber),
      wantedBy: String(hit.wantedBy ?? ''),
      category: String(hit.category ?? ''),
      listedOn: String(hit.listedOn ?? ''),
    };
  }
}
