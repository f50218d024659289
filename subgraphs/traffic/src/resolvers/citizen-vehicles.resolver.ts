import { Ctx, FieldResolver, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { TrafficContext } from '../context.js';
import { Citizen } from '../schema/citizen.type.js';
import { Vehicle } from '../schema/vehicle.type.js';

@Resolver(() => Citizen)
export class CitizenVehiclesResolver {
  @FieldResolver(() => [Vehicle], { nullable: true })
  async vehicles(@Root() citizen: Citizen, @Ctx() ctx: TrafficContext): Promise<Vehicle[]> {
    // Only the citizen themself (or, later, an authorised officer) may see this.
    ctx.assertSelf(citizen.id);
    const vehicles = await ctx.loaders.vehiclesByOwner.load(citizen.legalId);
    return vehicles.map(Vehicle.from);
  }
}
