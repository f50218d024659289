import { SessionSoapChannel, type LegacySoapClient, type SupervisionCredentials } from '@jingtong/kit';
import { toArray } from '../map.js';
import type { CallContext } from '../soap-reply.js';
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

export type { SupervisionCredentials as TrafficCredentials } from '@jingtong/kit';

const REFUSED = '交管平台未受理该查询';

/** Licence and ownership checks over the traffic platform's session channel (the traffic subgraph speaks the same dialect). */
export class SoapTrafficPlatform implements TrafficPlatform {
  private readonly channel: SessionSoapChannel;

  constructor(client: LegacySoapClient, credentials: SupervisionCredentials) {
    this.channel = new SessionSoapChannel(client, credentials, REFUSED);
  }

  private call<B>(operation: string, body: object, ctx: CallContext): Promise<B | undefined> {
    return this.channel.call<B>(operation, body, ctx);
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
