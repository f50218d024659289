import { assertSelf } from '@jingtong/kit';
import { Ctx, FieldResolver, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { TrafficContext } from '../context.js';
import { Citizen } from '../schema/citizen.type.js';
import { Vehicle } from '../schema/vehicle.type.js';

@Resolver(() => Citizen)
export class CitizenVehiclesResolver {
  @FieldResolver(() => [Vehicle], { nullable: true })
  async vehicles(@Root() citizen: Citizen, @Ctx() ctx: TrafficContext): Promise<Vehicle[]> {
    // Only the citizen themself (or, later, an authorised officer) may see this.
    assertSelf(ctx.caller, citizen.id);
    // Every bound plate lands in one DataLoader batch: one platform call (cached per plate).
    const vehicles = await ctx.loaders.vehicleByPlate.loadMany(citizen.boundPlates ?? []);
    const failed = vehicles.find((v): v is Error => v instanceof Error);
    if (failed) throw failed;
    // A plate the platform no longer knows (e.g. deregistered) is left out rather than failing the list.
    return vehicles.filter((v): v is NonNullable<typeof v> & Exclude<typeof v, Error> => v !== null).map(Vehicle.from);
  }
}
