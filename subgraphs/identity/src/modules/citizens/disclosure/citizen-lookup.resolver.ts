import { OncePerRequest, requireIdNumber, requireOfficer } from '@jingtong/kit';
import { Arg, Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../../../context.js';
import { findCitizenByIdNumber } from '../store/citizens.repository.js';
import { Citizen } from '../schema/citizen.type.js';
import { CITIZEN_READERS } from '../access.js';

@Resolver()
export class CitizenLookupResolver {
  @OncePerRequest()
  @Query(() => Citizen, { nullable: true, description: 'Officers (WINDOW_OFFICER, REVIEWER, LEADER): the citizen with this ID number, or null' })
  async citizenByIdNumber(@Arg('idNumber', () => String) idNumber: string, @Ctx() ctx: IdentityContext): Promise<Citizen | null> {
    requireOfficer(ctx.caller, ...CITIZEN_READERS);
    const model = await findCitizenByIdNumber(ctx.deps.database.db, ctx.deps.cipher, requireIdNumber(idNumber));
    return model ? Citizen.from(model) : null;
  }
}
