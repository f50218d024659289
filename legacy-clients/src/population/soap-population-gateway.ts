import { acceptedBody, type LegacySoapClient, type Reply } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { soapHead } from '../soap-head.js';
import { toArray } from '../to-array.js';
import { toPerson, type PersonXml } from './map.js';
import type { Person, PopulationGateway } from './population-gateway.js';

/** Speaks the population system's SOAP dialect (tender 2.6.1.1: head + body, RESULT/ERROR). */
export class SoapPopulationGateway implements PopulationGateway {
  constructor(private readonly client: LegacySoapClient, private readonly sysCode = 'JINGTONG') {}

  async findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>> {
    if (idNumbers.length === 0) return new Map();
    const reply = await this.client.call<Reply<{ person?: PersonXml | PersonXml[] }>>(
      'queryPersons',
      { head: soapHead(ctx, this.sysCode), body: { idNumber: [...idNumbers] } },
      ctx,
    );
    const persons = toArray(acceptedBody(reply, '人口系统未受理该查询')?.person).map(toPerson);
    return new Map(persons.map((p) => [p.idNumber, p]));
  }
}
