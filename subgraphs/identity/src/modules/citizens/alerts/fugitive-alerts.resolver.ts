import { AppError, requireOfficer, RevealInput, unitScope, UserError } from '@jingtong/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { identityMessage } from '../../../errors.js';
import { Citizen } from '../schema/citizen.type.js';
import { CITIZEN_READERS } from '../access.js';
import { personalField } from '../disclosure/disclose.js';
import { AlertStatusEnum } from '../enums.js';
import { acknowledgeAlert, findAlert, listAlerts } from './alerts.repository.js';
import { FugitiveAlert, FugitiveAlertPayload } from './fugitive-alert.type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Duty officers' view of fugitive hits: their unit and the units below it; LEADER the whole bureau. */
@Resolver(() => FugitiveAlert)
export class FugitiveAlertsResolver {
  private scope(ctx: CitizensContext) {
    requireOfficer(ctx.caller, ...CITIZEN_READERS);
    const scope = unitScope(ctx.caller, 'business');
    if (!scope) throw new AppError('FORBIDDEN');
    return scope;
  }

  @Query(() => [FugitiveAlert], { description: 'Officers (WINDOW_OFFICER, REVIEWER: own unit and below; LEADER: the bureau): fugitive alerts, newest first' })
  async fugitiveAlerts(
    @Ctx() ctx: CitizensContext,
    @Arg('status', () => AlertStatusEnum, { nullable: true }) status?: AlertStatusEnum,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<FugitiveAlert[]> {
    const scope = this.scope(ctx);
    if (first < 1 || first > 200) throw new AppError('BAD_USER_INPUT', { message: '每次最多查询 200 条', details: { field: 'first' } });
    const { db, cipher } = ctx.citizens;
    const rows = await listAlerts(db, scope.prefix, status, first);
    return rows.map((r) => FugitiveAlert.from(r, cipher.decrypt(r.case_number_enc)));
  }

  @Mutation(() => FugitiveAlertPayload, { description: 'Mark an open alert as being handled' })
  async acknowledgeFugitiveAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: CitizensContext): Promise<FugitiveAlertPayload> {
    const scope = this.scope(ctx);
    const notFound = { error: UserError.of('ALERT_NOT_FOUND', identityMessage('ALERT_NOT_FOUND')) };
    if (!UUID.test(id)) return notFound;
    const { db, cipher } = ctx.citizens;
    const existing = await findAlert(db, id);
    if (!existing || !scope.covers(existing.unit_code)) return notFound;
    const officer = requireOfficer(ctx.caller);
    const row = await acknowledgeAlert(db, id, officer.id);
    if (!row) return notFound;
    return { alert: FugitiveAlert.from(row, cipher.decrypt(row.case_number_enc)) };
  }

  @FieldResolver(() => String, { description: 'The listed ID number, masked unless revealed (WINDOW_OFFICER, REVIEWER; audited)' })
  async idNumber(
    @Root() alert: FugitiveAlert,
    @Ctx() ctx: CitizensContext,
    @Arg('reveal', () => RevealInput, { nullable: true }) reveal?: RevealInput,
  ): Promise<string> {
    const value = ctx.citizens.cipher.decrypt(alert.row.id_number_enc);
    return personalField(ctx, { citizenId: alert.row.citizen_id ?? `alert:${alert.id}`, field: 'idNumber', value }, reveal);
  }

  @FieldResolver(() => Citizen, { nullable: true, description: 'The citizen record the hit came from' })
  async citizen(@Root() alert: FugitiveAlert, @Ctx() ctx: CitizensContext): Promise<Citizen | null> {
    if (!alert.row.citizen_id) return null;
    const model = await ctx.citizenLoaders.citizenById.load(alert.row.citizen_id);
    return model ? Citizen.from(model) : null;
  }
}
