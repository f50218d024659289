import { legacyFaultString, SessionKeys, type LegacySoapClient } from '@jingtong/kit';
import { toArray } from '../map.js';
import { acceptedBody, type CallContext, type Reply } from '../soap-reply.js';
import type { LicenceRecord, TrafficPlatform, VehicleOwnership } from './traffic-platform.js';

interface LicenceXml {
  licenceNumber: string;
  fileNumber: string;
  vehicleClass: string;
  issueDate: string;
  validUntil: string;
  points: string | number;
  status: string;
}

interface VehicleXml {
  plate: string;
  ownerIdNumber: string;
}

export interface TrafficCredentials {
  userId: string;
  password: string;
  sysCode: string;
}

const REFUSED = '交管平台未受理该查询';

/** serverHander for a session key, then business calls carrying it (the traffic subgraph speaks the same dialect). */
export class SoapTrafficPlatform implements TrafficPlatform {
  private readonly sessions: SessionKeys;

  constructor(private readonly client: LegacySoapClient, private readonly credentials: TrafficCredentials) {
    this.sessions = new SessionKeys(async () => {
      const reply = await this.client.call<Reply<{ sessionKey: string; expiresIn: string | number }>>(
        'serverHander',
        { head: { sysCode: credentials.sysCode, requestId: 'session' }, body: { supervisionSynauth: credentials } },
        { requestId: 'session' },
      );
      const body = acceptedBody(reply, REFUSED);
      return { key: String(body?.sessionKey), expiresInSeconds: Number(body?.expiresIn ?? 60) };
    });
  }

  /** One retry with a fresh key when the platform has forgotten ours. */
  private async call<B>(operation: string, body: object, ctx: CallContext): Promise<B | undefined> {
    for (let attempt = 0; ; attempt++) {
      const sessionKey = await this.sessions.get();
      try {
        const head = { sysCode: this.credentials.sysCode, requestId: ctx.requestId, sessionKey };
        return acceptedBody(await this.client.call<Reply<B>>(operation, { head, body }, ctx), REFUSED);
      } catch (error) {
        if (attempt === 0 && legacyFaultString(error) === 'SESSION_INVALID') {
          this.sessions.invalidate(sessionKey);
          continue;
        }
        throw error;
      }
    }
  }

  async drivingLicence(idNumber: string, ctx: CallContext): Promise<LicenceRecord | null> {
    const body = await this.call<{ licence?: LicenceXml }>('queryDrivingLicence', { idNumber }, ctx);
    const l = body?.licence;
    if (!l) return null;
    return {
      licenceNumber: String(l.licenceNumber),
      fileNumber: String(l.fileNumber),
      vehicleClass: String(l.vehicleClass ?? ''),
      issueDate: String(l.issueDate ?? ''),
      validUntil: String(l.validUntil ?? ''),
      points: Number(l.points ?? 0),
      status: String(l.status ?? ''),
    };
  }

  async vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, VehicleOwnership>> {
    if (plates.length === 0) return new Map();
    const body = await this.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByPlates', { plate: [...plates] }, ctx);
    return new Map(toArray(body?.vehicle).map((v) => [String(v.plate), { plate: String(v.plate), ownerIdNumber: String(v.ownerIdNumber) }]));
  }

  async vehiclesByOwner(idNumber: string, ctx: CallContext): Promise<VehicleOwnership[]> {
    const body = await this.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByOwner', { idNumber }, ctx);
    return toArray(body?.vehicle).map((v) => ({ plate: String(v.plate), ownerIdNumber: String(v.ownerIdNumber) }));
  }
}
