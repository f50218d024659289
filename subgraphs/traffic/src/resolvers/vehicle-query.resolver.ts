import { AppError, normalizePlate } from '@jingtong/kit';
import { Arg, Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { TrafficContext } from '../context.js';
import { Vehicle } from '../schema/vehicle.type.js';

@Resolver()
export class VehicleQueryResolver {
  @Query(() => Vehicle, {
    nullable: true,
    description: 'A vehicle by plate, for partner departments (scope traffic.vehicle:read) and business officers',
  })
  async vehicle(@Arg('plate', () => String) plate: string, @Ctx() ctx: TrafficContext): Promise<Vehicle | null> {
    ctx.access.requireVehicleReader();
    const normalized = normalizePlate(plate);
    if (!normalized) throw new AppError('BAD_USER_INPUT', { message: '号牌号码格式不正确，例如：豫K·A12345', details: { field: 'plate' } });
    const model = await ctx.loaders.vehicleByPlate.load(normalized);
    return model ? Vehicle.from(model) : null;
  }
}
