import { SessionSoapChannel, type LegacySoapClient, type SupervisionCredentials } from '@jingtong/kit';
import { toArray, toVehicle, toViolation, type VehicleXml, type ViolationXml } from './map.js';
import type { CallContext, TrafficGateway, Vehicle, Violation } from './traffic-gateway.js';

export type { SupervisionCredentials as TrafficCredentials } from '@jingtong/kit';

/** Vehicles and violations over the traffic platform's session channel (serverHander, then keyed business calls). */
export class SoapTrafficGateway implements TrafficGateway {
  private readonly channel: SessionSoapChannel;

  constructor(client: LegacySoapClient, credentials: SupervisionCredentials) {
    this.channel = new SessionSoapChannel(client, credentials, '交管平台未受理该查询');
  }

  private call<B>(operation: string, body: object, ctx: CallContext): Promise<B | undefined> {
    return this.channel.call<B>(operation, body, ctx);
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
