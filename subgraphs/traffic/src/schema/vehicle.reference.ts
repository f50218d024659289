import type { TrafficContext } from '../context.js';
import { Vehicle } from './vehicle.type.js';

export async function resolveVehicleReference(reference: { plate: string }, ctx: TrafficContext): Promise<Vehicle | null> {
  const model = await ctx.loaders.vehicleByPlate.load(reference.plate);
  return model ? Vehicle.from(model) : null;
}
