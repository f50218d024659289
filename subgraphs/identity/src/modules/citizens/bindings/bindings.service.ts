import { isIdNumber, maskIdNumber, normalizeIdNumber, refuseInput, requirePlate } from '@jingtong/kit';
import type { CitizensContext } from '../citizens-context.js';
import type { IdentityErrorCode } from '../../../errors.js';
import {
  countVehicleBindings,
  deleteLicenceBinding,
  deleteVehicleBinding,
  hasVehicleBinding,
  insertLicenceBinding,
  insertVehicleBinding,
  licenceBindingsOf,
  vehicleBindingsOf,
} from './bindings.repository.js';
import { BindingsType, LicenceBindingType, VehicleBindingType } from './binding.types.js';

export const MAX_VEHICLE_BINDINGS = 20;

export const maskFileNumber = (v: string) => (v.length <= 6 ? '*'.repeat(v.length) : `${v.slice(0, 4)}${'*'.repeat(v.length - 6)}${v.slice(-2)}`);

type Outcome = { ok: true } | { ok: false; code: IdentityErrorCode };
const refuse = (code: IdentityErrorCode): Outcome => ({ ok: false, code });

export interface BindingCitizen {
  id: string;
  idNumber: string;
}

async function audited(ctx: CitizensContext, citizenId: string, bindingId: string, change: 'BIND' | 'UNBIND', item: 'DRIVING_LICENCE' | 'VEHICLE') {
  // The binding id identifies the plate or licence; the audit row itself holds no personal data.
  await ctx.citizens.audit.record({
    action: 'BINDING_CHANGED',
    actorKind: 'citizen',
    actorId: citizenId,
    targetKind: item === 'VEHICLE' ? 'vehicle_binding' : 'licence_binding',
    targetId: bindingId,
    requestId: ctx.requestId,
    details: { change, item },
  });
}

export async function currentBindings(ctx: CitizensContext, citizenId: string): Promise<BindingsType> {
  const { db, cipher } = ctx.citizens;
  const [licences, vehicles] = await Promise.all([licenceBindingsOf(db, cipher, [citizenId]), vehicleBindingsOf(db, cipher, [citizenId])]);
  const licence = licences.get(citizenId);
  return Object.assign(new BindingsType(), {
    drivingLicence: licence
      ? Object.assign(new LicenceBindingType(), { licenceNumber: maskIdNumber(licence.licenceNumber), fileNumber: maskFileNumber(licence.fileNumber), boundAt: licence.boundAt })
      : null,
    vehicles: (vehicles.get(citizenId) ?? []).map((v) => Object.assign(new VehicleBindingType(), { plate: v.plate, boundAt: v.boundAt })),
  });
}

/** The licence must be the citizen's own (licence number = ID number) and the file number must match the platform's. */
export async function bindLicence(ctx: CitizensContext, citizen: BindingCitizen, licenceNumberRaw: string, fileNumberRaw: string): Promise<Outcome> {
  const licenceNumber = normalizeIdNumber(licenceNumberRaw);
  if (!isIdNumber(licenceNumber)) throw refuseInput('FORMAT_INVALID', 'licenceNumber', '驾驶证号码格式不正确（为18位身份证号码）');
  const fileNumber = fileNumberRaw.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(fileNumber)) throw refuseInput('FORMAT_INVALID', 'fileNumber', '档案编号应为 12 位数字');
  if (licenceNumber !== citizen.idNumber) return refuse('LICENCE_MISMATCH');
  const { db, cipher, traffic, projections } = ctx.citizens;
  if ((await licenceBindingsOf(db, cipher, [citizen.id])).has(citizen.id)) return refuse('ALREADY_BOUND');
  const licence = await traffic.drivingLicence(citizen.idNumber, ctx);
  if (!licence || licence.licenceNumber !== licenceNumber || licence.fileNumber !== fileNumber) return refuse('LICENCE_MISMATCH');
  const id = await insertLicenceBinding(db, cipher, citizen.id, licenceNumber, fileNumber);
  if (!id) return refuse('ALREADY_BOUND');
  // The projection holds no licence yet; announcing every binding write keeps it right if it ever does.
  await projections.invalidate([citizen.id]);
  await audited(ctx, citizen.id, id, 'BIND', 'DRIVING_LICENCE');
  return { ok: true };
}

/** The platform must name the citizen as the vehicle's owner. */
export async function bindVehicle(ctx: CitizensContext, citizen: BindingCitizen, plateRaw: string): Promise<Outcome> {
  const plate = requirePlate(plateRaw);
  const { db, cipher, traffic, projections } = ctx.citizens;
  if (await hasVehicleBinding(db, cipher, citizen.id, plate)) return refuse('ALREADY_BOUND');
  if ((await countVehicleBindings(db, citizen.id)) >= MAX_VEHICLE_BINDINGS) return refuse('BINDING_LIMIT');
  const vehicle = (await traffic.vehiclesByPlates([plate], ctx)).get(plate);
  // Unknown plate or someone else's: one answer, so the form cannot be used to probe plates.
  if (!vehicle || normalizeIdNumber(vehicle.ownerIdNumber) !== citizen.idNumber) return refuse('VEHICLE_NOT_OWNED');
  const id = await insertVehicleBinding(db, cipher, citizen.id, vehicle.plate);
  if (!id) return refuse('ALREADY_BOUND');
  // The vehicles page asks for `me { vehicles }` right after: warm the projection with the new plate.
  await projections.refresh(citizen.id);
  await audited(ctx, citizen.id, id, 'BIND', 'VEHICLE');
  return { ok: true };
}

export async function unbindVehicle(ctx: CitizensContext, citizenId: string, plateRaw: string): Promise<Outcome> {
  const { db, cipher, projections } = ctx.citizens;
  const id = await deleteVehicleBinding(db, cipher, citizenId, requirePlate(plateRaw));
  if (!id) return refuse('NOT_BOUND');
  await projections.refresh(citizenId);
  await audited(ctx, citizenId, id, 'UNBIND', 'VEHICLE');
  return { ok: true };
}

export async function unbindLicence(ctx: CitizensContext, citizenId: string): Promise<Outcome> {
  const { db, projections } = ctx.citizens;
  const id = await deleteLicenceBinding(db, citizenId);
  if (!id) return refuse('NOT_BOUND');
  await projections.invalidate([citizenId]);
  await audited(ctx, citizenId, id, 'UNBIND', 'DRIVING_LICENCE');
  return { ok: true };
}
