import { Ctx, FieldResolver, Resolver, Root } from '@jingtong/kit/type-graphql';
import { requireViolationReader } from '../access.js';
import type { TrafficContext } from '../context.js';
import { Vehicle } from '../schema/vehicle.type.js';
import { Violation } from '../schema/violation.type.js';

@Resolver(() => Vehicle)
export class VehicleViolationsResolver {
  @FieldResolver(() => [Violation], { nullable: true })
  async violations(@Root() vehicle: Vehicle, @Ctx() ctx: TrafficContext): Promise<Violation[]> {
    requireViolationReader(ctx.caller);
    // Every vehicle of the query lands in one DataLoader batch: one platform call for all plates.
    const violations = await ctx.loaders.violationsByPlate.load(vehicle.plate);
    return violations.map(Violation.from);
  }
}
