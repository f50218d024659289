import type { IdentityContext } from '../../../context.js';
import { insertLicenceBinding, insertVehicleBinding } from './bindings.repository.js';

/**
 * DEMO CONVENIENCE for `devSignIn` only (development and tests, refused in production): binds every
 * vehicle and the driving licence the traffic platform has for the seeded person, as if the citizen
 * had bound them one by one, so demos and the vehicle pages work right after signing in.
 * Idempotent; a platform failure only leaves things unbound.
 */
export async function bindSeededItems(ctx: IdentityContext, citizenId: string, idNumber: string): Promise<void> {
  const { deps } = ctx;
  try {
    const [vehicles, licence] = await Promise.all([deps.citizens.traffic.vehiclesByOwner(idNumber, ctx), deps.citizens.traffic.drivingLicence(idNumber, ctx)]);
    for (const v of vehicles) await insertVehicleBinding(deps.database.db, deps.cipher, citizenId, v.plate);
    if (licence) await insertLicenceBinding(deps.database.db, deps.cipher, citizenId, licence.licenceNumber, licence.fileNumber);
  } catch (error) {
    deps.logger.warn({ requestId: ctx.requestId, err: { code: (error as { extensions?: { code?: string } }).extensions?.code } }, 'dev sign-in: seeded items not bound');
  }
}
