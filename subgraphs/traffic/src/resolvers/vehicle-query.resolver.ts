import { requirePlate } from '@jingtong/kit';
import { Arg, Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireVehicleReader } from '../access.js';
import type { TrafficContext } from '../context.js';
import { Vehicle } from '../schema/vehicle.type.js';

@Resolver()
export class VehicleQueryResolver {
  @Query(() => Vehicle, {
    nullable: true,
    description: 'A vehicle by plate, for partner departments (scope traffic.vehicle:read) and business officers',
  })
  async vehicle(@Arg('plate', () => String) plate: string, @Ctx() ctx: TrafficContext): Promise<Vehicle | null> {
    requireVehicleReader(ctx.caller);
    const model = await ctx.loaders.vehicleByPlate.load(requirePlate(plate));
    return model ? Vehicle.from(model) : null;
  }
}
