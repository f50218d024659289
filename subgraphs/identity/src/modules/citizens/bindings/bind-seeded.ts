import type { CitizensContext } from '../citizens-context.js';
import { insertLicenceBinding, insertVehicleBinding } from './bindings.repository.js';

/**
 * DEMO CONVENIENCE for `devSignIn` only (development and tests, refused in production): binds every
 * vehicle and the driving licence the traffic platform has for the seeded person, as if the citizen
 * had bound them one by one, so demos and the vehicle pages work right after signing in.
 * Idempotent; a platform failure only leaves things unbound.
 */
export async function bindSeededItems(ctx: CitizensContext, citizenId: string, idNumber: string): Promise<void> {
  const { db, cipher, traffic, projections, logger } = ctx.citizens;
  try {
    const [vehicles, licence] = await Promise.all([traffic.vehiclesByOwner(idNumber, ctx), traffic.drivingLicence(idNumber, ctx)]);
    for (const v of vehicles) await insertVehicleBinding(db, cipher, citizenId, v.plate);
    if (licence) await insertLicenceBinding(db, cipher, citizenId, licence.licenceNumber, licence.fileNumber);
  } catch (error) {
    logger.warn({ requestId: ctx.requestId, err: { code: (error as { extensions?: { code?: string } }).extensions?.code } }, 'dev sign-in: seeded items not bound');
  }
  // Whatever got bound (maybe part, if the platform failed half-way); the citizen's `me` comes next.
  await projections.refresh(citizenId);
}
