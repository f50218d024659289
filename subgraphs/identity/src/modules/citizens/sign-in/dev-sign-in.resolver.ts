import { enqueueScreening } from '../alerts/fugitive-screening.js';
import { InputErrors, OncePerRequest, UserError } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import validator from 'validator';
import { bindSeededItems } from '../bindings/bind-seeded.js';
import type { CitizensContext } from '../citizens-context.js';
import { upsertCitizen } from '../store/citizens.repository.js';
import { identityMessage } from '../../../errors.js';
import { DevSignInPayload } from './dev-sign-in.payload.js';

/**
 * Level 1 by fiat: the person exists in the population system. Development and tests only.
 * Demo convenience: with `bindSeeded` (the default) the person's vehicles and driving licence on the
 * traffic platform are bound at once, so the vehicle pages have something to show.
 */
const DEV_ASSURANCE_LEVEL = 1;

@Resolver()
export class DevSignInResolver {
  @OncePerRequest()
  @Mutation(() => DevSignInPayload, {
    description: 'Development-only sign-in for seeded citizens at level 1 (refused in production). Demo convenience: binds their vehicles and driving licence unless bindSeeded is false',
  })
  async devSignIn(
    @Arg('idNumber', () => String) idNumber: string,
    @Ctx() ctx: CitizensContext,
    @Arg('bindSeeded', () => Boolean, { defaultValue: true }) bindSeeded: boolean = true,
  ): Promise<DevSignInPayload> {
    const { devSignInAllowed, population, db, cipher, audit, sessions, projections } = ctx.citizens;
    if (!devSignInAllowed) return { error: UserError.of('DEV_SIGN_IN_DISABLED', identityMessage('DEV_SIGN_IN_DISABLED')) };

    const normalized = idNumber.trim().toUpperCase();
    if (!validator.isIdentityCard(normalized, 'zh-CN') || normalized.length !== 18) {
      return { error: UserError.of('ID_NUMBER_INVALID', InputErrors.codes.ID_NUMBER_INVALID.message, 'idNumber') };
    }
    const person = (await population.findPersons([normalized], ctx)).get(normalized);
    if (!person) return { error: UserError.of('PERSON_NOT_FOUND', identityMessage('PERSON_NOT_FOUND')) };

    const citizen = await upsertCitizen(db, cipher, { idNumber: person.idNumber, name: person.name, assuranceLevel: DEV_ASSURANCE_LEVEL });
    // A new record has no projection yet; a returning person's level may just have been raised to 1.
    if (citizen.created) await enqueueScreening(db, { citizenId: citizen.id, requestId: ctx.requestId });
    else await projections.invalidate([citizen.id]);
    if (bindSeeded) await bindSeededItems(ctx, citizen.id, person.idNumber);
    await audit.record({ action: 'SIGN_IN', actorKind: 'citizen', actorId: citizen.id, requestId: ctx.requestId, details: { channel: 'dev' } });
    const issued = await sessions.issue(citizen.id, citizen.assuranceLevel);
    return { token: issued.token, expiresAt: issued.expiresAt };
  }
}
