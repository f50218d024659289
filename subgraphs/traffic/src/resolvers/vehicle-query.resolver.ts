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
    const normalized = requirePlate(plate);
    const model = await ctx.loaders.vehicleByPlate.load(normalized);
    // Every look-up by a partner or an officer is audited; the plate itself only as a keyed digest.
    await ctx.deps.audit.record({
      action: 'VEHICLE_LOOKUP',
      actorKind: ctx.caller.kind === 'partner' ? 'partner' : 'officer',
      actorId: ctx.caller.sub,
      targetKind: 'vehicle',
      targetId: ctx.deps.cipher.blindIndex(normalized, 'plate'),
      requestId: ctx.requestId,
      details: { found: model !== null },
    });
    return model ? Vehicle.from(model) : null;
  }
}
