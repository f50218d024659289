import { AppError, OfficerRole, requireOfficer, unitScope } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { OfficersContext } from '../officers-context.js';
import { CreateUnitInput } from '../schema/officer-inputs.js';
import { UnitPayload } from '../schema/officer-payloads.js';
import { Unit } from '../schema/unit.type.js';
import { createUnit, setUnitDutyPhone } from '../unit-admin.js';
import { listUnits, toUnit } from '../unit-repository.js';
import { toUserError } from '../../../errors.js';

@Resolver()
export class UnitResolver {
  @Query(() => [Unit], { description: "Units within the caller's scope (their unit and below; all for SYSTEM_ADMIN and SECURITY_ADMIN)" })
  async units(@Ctx() ctx: OfficersContext): Promise<Unit[]> {
    requireOfficer(ctx.caller);
    const scope = unitScope(ctx.caller, 'officers');
    if (!scope) throw new AppError('FORBIDDEN');
    return (await listUnits(ctx.officers.db, scope.prefix)).map((r) => Unit.from(toUnit(r, ctx.officers.cipher)));
  }

  @Mutation(() => UnitPayload, { description: "SYSTEM_ADMIN: a unit below an existing one (its code inside the parent's)" })
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: OfficersContext): Promise<UnitPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await createUnit(ctx.officers, actor, input, ctx.requestId);
    return result.ok ? { unit: Unit.from(toUnit(result.unit, ctx.officers.cipher)) } : { error: toUserError(result) };
  }

  @Mutation(() => UnitPayload, { description: 'SYSTEM_ADMIN: the duty phone alerts for this unit go to (null clears it)' })
  async setUnitDutyPhone(
    @Arg('code', () => String) code: string,
    @Arg('phone', () => String, { nullable: true }) phone: string | null,
    @Ctx() ctx: OfficersContext,
  ): Promise<UnitPayload> {
    const actor = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
    const result = await setUnitDutyPhone(ctx.officers, actor, code, phone, ctx.requestId);
    return result.ok ? { unit: Unit.from(toUnit(result.unit, ctx.officers.cipher)) } : { error: toUserError(result) };
  }
}
