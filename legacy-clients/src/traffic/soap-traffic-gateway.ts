import { LegacyError, SessionSoapChannel, type LegacySoapClient, type SupervisionCredentials } from '@jingtong/kit';
import type { CallContext } from '../call-context.js';
import { toArray } from '../to-array.js';
import { FinePaymentRefused } from './fine-payment-refused.js';
import {
  paymentRefusalOf,
  toLicence,
  toPaymentXml,
  toReceipt,
  toVehicle,
  toViolation,
  type LicenceXml,
  type PaymentReceiptXml,
  type VehicleXml,
  type ViolationXml,
} from './map.js';
import type { FinePayment, FinePaymentReceipt, LicenceRecord, TrafficGateway, Vehicle, Violation } from './traffic-gateway.js';

export type { SupervisionCredentials as TrafficCredentials } from '@jingtong/kit';

/** The traffic platform over its session channel (serverHander, then business calls carrying the session key). */
export class SoapTrafficGateway implements TrafficGateway {
  private readonly channel: SessionSoapChannel;

  constructor(client: LegacySoapClient, credentials: SupervisionCredentials) {
    this.channel = new SessionSoapChannel(client, credentials, '交管平台未受理该查询');
  }

  async vehiclesByOwner(idNumber: string, ctx: CallContext): Promise<Vehicle[]> {
    const body = await this.channel.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByOwner', { idNumber }, ctx);
    return toArray(body?.vehicle).map(toVehicle);
  }

  async vehiclesByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Vehicle>> {
    if (plates.length === 0) return new Map();
    const body = await this.channel.call<{ vehicle?: VehicleXml | VehicleXml[] }>('queryVehiclesByPlates', { plate: [...plates] }, ctx);
    return new Map(toArray(body?.vehicle).map((x) => [String(x.plate), toVehicle(x)]));
  }

  async violationsByPlates(plates: readonly string[], ctx: CallContext): Promise<Map<string, Violation[]>> {
    const result = new Map<string, Violation[]>(plates.map((p) => [p, []]));
    if (plates.length === 0) return result;
    const body = await this.channel.call<{ violation?: ViolationXml | ViolationXml[] }>('queryViolationsByPlates', { plate: [...plates] }, ctx);
    for (const v of toArray(body?.violation).map(toViolation)) result.get(v.plate)?.push(v);
    return result;
  }

  async drivingLicence(idNumber: string, ctx: CallContext): Promise<LicenceRecord | null> {
    const body = await this.channel.call<{ licence?: LicenceXml }>('queryDrivingLicence', { idNumber }, ctx);
    return body?.licence ? toLicence(body.licence) : null;
  }

  async payViolationFine(payment: FinePayment, ctx: CallContext): Promise<FinePaymentReceipt> {
    let body: PaymentReceiptXml | undefined;
    try {
      body = await this.channel.call<PaymentReceiptXml>('recordViolationPayment', toPaymentXml(payment), ctx);
    } catch (error) {
      const refusal = paymentRefusalOf(error);
      if (refusal) throw new FinePaymentRefused(refusal.reason, payment.violationId, refusal.message, refusal.expectedFen, { cause: error });
      throw error;
    }
    const receipt = toReceipt(body);
    // RESULT=0 without a receipt is not proof of payment: a fault to retry, not a fine marked paid.
    if (!receipt) throw new LegacyError('LEGACY_FAULT', 'traffic', 'recordViolationPayment');
    return receipt;
  }
}
