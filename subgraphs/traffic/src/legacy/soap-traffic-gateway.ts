import { AppError, legacyFaultString, SessionKeys, type LegacySoapClient } from '@jingtong/kit';
import { toArray, toVehicle, toViolation, type VehicleXml, type ViolationXml } from './map.js';
import type { CallContext, TrafficGateway, Vehicle, Violation } from './traffic-gateway.js';

interface Reply<B> {
  head: { RESULT: string; ERROR?: string };
  body?: B;
}

export interface TrafficCredentials {
  userId: string;
  password: string;
  sysCode: string;
}

/** Speaks the traffic platform's SOAP dialect: serverHander for a session key, then business calls carrying it. */
export class SoapTrafficGateway implements TrafficGateway {
  private readonly sessions: SessionKeys;

  constructor(private readonly client: LegacySoapClient, private readonly credentials: TrafficCredentials) {
    this.sessions = new SessionKeys(async () => {
      const reply = await this.client.call<Reply<{ sessionKey: string; expiresIn: string | number }>>(
        'serverHander',
        { head: { sysCode: credentials.sysCode, requestId: 'session' }, body: { supervisionSynauth: credentials } },
        { requestId: 'session' },
      );
      const body = SoapTrafficGateway.check(reply);
      return { key: String(body?.sessionKey), expiresInSeconds: Number(body?.expiresIn ?? 60) };
    });
  }

  private static check<B>(reply: Reply<B>): B | undefined {
    if (String(reply?.head?.RESULT) !== '0') throw new AppError('BAD_USER_INPUT', { message: '交管平台未受理该查询' });
    return reply.body;
  }

  /** A business call with the session key in the message header; one retry on an invalidated key. */
  private async call<B>(operation: string, body: object, ctx: CallContext): Promise<B | undefined> {
    for (let attempt = 0; ; attempt++) {
      const sessionKey = await this.sessions.get();
      try {
        const head = { sysCode: this.credentials.sysCode, requestId: ctx.requestId, sessionKey };
        return SoapTrafficGateway.check(await this.client.call<Reply<B>>(operation, { head, body }, ctx));
      } catch (error) {
        if (attempt === 0 && legacyFaultString(error) === 'SESSION_INVALID') {
          this.sessions.invalidate(sessionKey);
          continue;
        }
        throw error;
      }
    }
  }

  async vehiclesByOwners(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle[]>> {
    // The platform answers one owner per call; a citizen's query asks for one owner.
    const entries = await Promise.all(
      idNumbers.map(async (idNumber) => {
        const body = await this.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByOwner', { idNumber }, ctx);
        return [idNumber, toArray(body?.vehicle).map(toVehicle)] as const;
      }),
    );
    return new Map(entries);
  }

  async vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle>> {
    if (plates.length === 0) return new Map();
    const body = await this.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByPlates', { plate: [...plates] }, ctx);
    return new Map(toArray(body?.vehicle).map((x) => [String(x.plate), toVehicle(x)]));
  }

  async violationsByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Violation[]>> {
    const result = new Map<string, Violation[]>(plates.map((p) => [p, []]));
    if (plates.length === 0) return result;
    const body = await this.call<{ violation?: ViolationXml | ViolationXml[] }>('queryViolationsByPlates', { plate: [...plates] }, ctx);
    for (const v of toArray(body?.violation).map(toViolation)) result.get(v.plate)?.push(v);
    return result;
  }
}
