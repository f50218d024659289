import { AppError, type LegacySoapClient } from '@jingtong/kit';
import { toArray, toPerson, type PersonXml } from './map.js';
import type { CallContext, Person, PopulationGateway } from './population-gateway.js';

interface Reply<B> {
  head: { RESULT: string; ERROR?: string };
  body?: B;
}

/** Speaks the population system's SOAP dialect (tender 2.6.1.1: head + body, RESULT/ERROR). */
export class SoapPopulationGateway implements PopulationGateway {
  constructor(private readonly client: LegacySoapClient, private readonly sysCode = 'JINGTONG') {}

  private head(ctx: CallContext) {
    return { sysCode: this.sysCode, requestId: ctx.requestId };
  }

  private static check<B>(reply: Reply<B>): B | undefined {
    if (String(reply?.head?.RESULT) !== '0') throw new AppError('BAD_USER_INPUT', { message: '人口系统未受理该查询' });
    return reply.body;
  }

  async findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>> {
    if (idNumbers.length === 0) return new Map();
    const reply = await this.client.call<Reply<{ person?: PersonXml | PersonXml[] }>>(
      'queryPersons',
      { head: this.head(ctx), body: { idNumber: [...idNumbers] } },
      ctx,
    );
    const persons = toArray(SoapPopulationGateway.check(reply)?.person).map(toPerson);
    return new Map(persons.map((p) => [p.idNumber, p]));
  }

  async countSameName(name: string, ctx: CallContext): Promise<number> {
    const reply = await this.client.call<Reply<{ count: string | number }>>('countSameName', { head: this.head(ctx), body: { name } }, ctx);
    return Number(SoapPopulationGateway.check(reply)?.count ?? 0);
  }
}
