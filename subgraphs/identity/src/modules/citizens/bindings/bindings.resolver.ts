import { AppError, assertSelf, Assurance, maskIdNumber, requireCitizen, UserError } from '@jingtong/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { type IdentityErrorCode, identityMessage } from '../../../errors.js';
import { Citizen } from '../schema/citizen.type.js';
import { BindingPayload, BindingsType, DrivingLicenceType } from './binding.types.js';
import { bindLicence, bindVehicle, currentBindings, maskFileNumber, unbindLicence, unbindVehicle, type BindingCitizen } from './bindings.service.js';

@Resolver(() => Citizen)
export class BindingsResolver {
  /** The signed-in citizen with an established identity (bindings are checked against their ID number). */
  private async bindingCitizen(ctx: CitizensContext): Promise<BindingCitizen> {
    const citizen = await ctx.citizenLoaders.citizenById.load(requireCitizen(ctx.caller));
    if (!citizen?.idNumber) throw new AppError('FORBIDDEN');
    return { id: citizen.id, idNumber: citizen.idNumber };
  }

  private async payload(ctx: CitizensContext, citizenId: string, outcome: { ok: true } | { ok: false; code: IdentityErrorCode }): Promise<BindingPayload> {
    if (!outcome.ok) return { error: UserError.of(outcome.code, identityMessage(outcome.code)) };
    return { bindings: await currentBindings(ctx, citizenId) };
  }

  @Query(() => BindingsType, { description: "The signed-in citizen's bound driving licence and vehicles" })
  async myBindings(@Ctx() ctx: CitizensContext): Promise<BindingsType> {
    const citizenId = requireCitizen(ctx.caller);
    const citizen = await ctx.citizenLoaders.citizenById.load(citizenId);
    return currentBindings(ctx, citizen?.id ?? citizenId);
  }

  @Assurance(1)
  @Mutation(() => BindingPayload, { description: 'Bind your driving licence: licence number (= your ID number) and file number (档案编号) as the traffic platform has them' })
  async bindDrivingLicence(
    @Arg('licenceNumber', () => String) licenceNumber: string,
    @Arg('fileNumber', () => String) fileNumber: string,
    @Ctx() ctx: CitizensContext,
  ): Promise<BindingPayload> {
    const citizen = await this.bindingCitizen(ctx);
    return this.payload(ctx, citizen.id, await bindLicence(ctx, citizen, licenceNumber, fileNumber));
  }

  @Assurance(1)
  @Mutation(() => BindingPayload, { description: 'Bind a vehicle registered to you (豫K·A1234; with or without the dot)' })
  async bindVehicle(@Arg('plate', () => String) plate: string, @Ctx() ctx: CitizensContext): Promise<BindingPayload> {
    const citizen = await this.bindingCitizen(ctx);
    return this.payload(ctx, citizen.id, await bindVehicle(ctx, citizen, plate));
  }

  @Assurance(1)
  @Mutation(() => BindingPayload)
  async unbindDrivingLicence(@Ctx() ctx: CitizensContext): Promise<BindingPayload> {
    const citizen = await this.bindingCitizen(ctx);
    return this.payload(ctx, citizen.id, await unbindLicence(ctx, citizen.id));
  }

  @Assurance(1)
  @Mutation(() => BindingPayload)
  async unbindVehicle(@Arg('plate', () => String) plate: string, @Ctx() ctx: CitizensContext): Promise<BindingPayload> {
    const citizen = await this.bindingCitizen(ctx);
    return this.payload(ctx, citizen.id, await unbindVehicle(ctx, citizen.id, plate));
  }

  /** Never exposed to clients (@inaccessible): the traffic subgraph loads the vehicles of these plates. */
  @Directive('@inaccessible')
  @FieldResolver(() => [String])
  async boundPlates(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext): Promise<string[]> {
    // Only the citizen's own vehicles are ever listed (traffic checks the same); others get none.
    if (ctx.caller.kind !== 'citizen' || ctx.caller.sub !== citizen.id) return [];
    return (await ctx.citizenLoaders.projection.load(citizen.id))?.boundPlates ?? [];
  }

  @Assurance(2)
  @FieldResolver(() => DrivingLicenceType, { nullable: true, description: 'The bound driving licence with its current status from the traffic platform; null when none is bound' })
  async drivingLicence(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext): Promise<DrivingLicenceType | null> {
    assertSelf(ctx.caller, citizen.id);
    const binding = await ctx.citizenLoaders.licenceBinding.load(citizen.id);
    if (!binding) return null;
    const licence = await ctx.citizens.traffic.drivingLicence(binding.licenceNumber, ctx);
    if (!licence) return null;
    return Object.assign(new DrivingLicenceType(), {
      licenceNumber: maskIdNumber(licence.licenceNumber),
      fileNumber: maskFileNumber(licence.fileNumber),
      vehicleClass: licence.vehicleClass,
      issueDate: licence.issueDate,
      validUntil: licence.validUntil,
      points: licence.points,
      status: licence.status,
      boundAt: binding.boundAt,
    });
  }
}
