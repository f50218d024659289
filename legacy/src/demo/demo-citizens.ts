/**
 * The seeded citizens a newcomer walks the flows with, and what the stand-ins accept for each:
 * derived from the seed and the stand-ins' own rules, so the demo page cannot drift from them.
 */
import type { SeedData } from '../seed/index.js';
import { alipayUserIdOf } from '../systems/alipay/index.js';
import { networkIdentityOf, type NetworkIdentity } from '../systems/face/index.js';
import { fugitiveRecord, type FugitiveHit } from '../systems/fugitive/index.js';

export type DemoRole = 'demo' | 'spare' | 'fugitive';

export interface DemoCitizen {
  /** `demo`: the seed's demo citizen; `spare`: a fresh one for a second walk; `fugitive`: on the wanted list. */
  role: DemoRole;
  name: string;
  idNumber: string;
  /** On file at the population system: level 1 by SMS matches it. */
  phone: string;
  /** What to type on the Alipay consent page (the stand-in's Alipay users are the seeded persons), and their user_id. */
  alipay: { account: string; userId: string };
  /** WeChat knows no real name: any handle signs in; this one is only a suggestion, one per citizen. */
  wechatUser: string;
  /** 驾驶证: the licence number is the ID number; the 档案编号 must match the traffic platform's. */
  licence: { licenceNumber: string; fileNumber: string; vehicleClass: string; status: 'A' | 'B'; points: number } | null;
  /** Vehicles the traffic platform names this citizen as owner of: the ones a binding accepts. */
  vehicles: Array<{ plate: string; ownerName: string; brand: string; model: string; color: string; unprocessedViolations: number }>;
  /** The ID photo the face stand-in compares with (sha256 of the exact bytes). */
  facePhotoPath: string;
  /** 网证: password alone is level 2, with the 网证码 level 3. */
  networkIdentity: NetworkIdentity;
  /** Present for the wanted-list person: registering or verifying raises an alert for the duty officers. */
  fugitive?: FugitiveHit;
}

export const DEMO_FACE_ROUTE = '/__legacy/demo/face';
export const facePhotoPath = (idNumber: string) => `${DEMO_FACE_ROUTE}/${idNumber}.svg`;

/** The demo citizen, `spares` fresh citizens with vehicles and a good licence, and one wanted person. */
export function demoCitizens(seed: SeedData, { spares = 2 }: { spares?: number } = {}): DemoCitizen[] {
  const demo = seed.demoCitizen();
  const wanted = new Set(seed.fugitives());
  const spareCitizens = seed
    .citizensWithVehicles(2)
    .filter((p) => p.idNumber !== demo.idNumber && !wanted.has(p.idNumber) && seed.licenceById(p.idNumber)?.status === 'A')
    .slice(0, spares);
  // A wanted person who owns a vehicle walks the same flows as everyone else; any listed one will do otherwise.
  const fugitiveId = seed.fugitives().find((id) => seed.vehiclesByOwner(id).length > 0) ?? seed.fugitives()[0];
  const people: Array<[DemoRole, string]> = [['demo', demo.idNumber], ...spareCitizens.map((p) => ['spare', p.idNumber] as [DemoRole, string])];
  if (fugitiveId) people.push(['fugitive', fugitiveId]);
  return people.map(([role, idNumber]) => describeCitizen(seed, role, idNumber));
}

function describeCitizen(seed: SeedData, role: DemoRole, idNumber: string): DemoCitizen {
  const person = seed.personById(idNumber);
  if (!person) throw new Error(`demo citizen ${idNumber} is not in the seed`);
  const licence = seed.licenceById(idNumber);
  return {
    role,
    name: person.name,
    idNumber,
    phone: person.phone,
    alipay: { account: idNumber, userId: alipayUserIdOf(idNumber) },
    wechatUser: `wx-demo-${idNumber.slice(-6).toLowerCase()}`,
    licence: licence
      ? { licenceNumber: licence.licenceNumber, fileNumber: licence.fileNumber, vehicleClass: licence.vehicleClass, status: licence.status, points: licence.points }
      : null,
    vehicles: seed.vehiclesByOwner(idNumber).map((v) => ({
      plate: v.plate,
      ownerName: v.ownerName,
      brand: v.brand,
      model: v.model,
      color: v.color,
      unprocessedViolations: seed.violationsByPlate(v.plate).filter((x) => x.status === '0').length,
    })),
    facePhotoPath: facePhotoPath(idNumber),
    networkIdentity: networkIdentityOf(idNumber),
    ...(role === 'fugitive' ? { fugitive: fugitiveRecord(idNumber, seed.options.referenceDate) } : {}),
  };
}
