import { bureauPrefix, OncePerRequest, requireIdNumber, requireOfficer, unitScope } from '@jingtong/kit';
import { GraphQLError } from 'graphql';
import { identityMessage } from '../../../errors.js';
import { Arg, Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { findCitizenByIdNumber } from '../store/citizens.repository.js';
import { Citizen } from '../schema/citizen.type.js';
import { CITIZEN_READERS } from '../access.js';

@Resolver()
export class CitizenLookupResolver {
  @OncePerRequest()
  @Query(() => Citizen, {
    nullable: true,
    description: "Officers (WINDOW_OFFICER, REVIEWER, LEADER): the citizen with this ID number, or null; only household registrations of the officer's city (else CITIZEN_OUT_OF_SCOPE); every look-up audited",
  })
  async citizenByIdNumber(@Arg('idNumber', () => String) idNumber: string, @Ctx() ctx: CitizensContext): Promise<Citizen | null> {
    const officer = requireOfficer(ctx.caller, ...CITIZEN_READERS);
    const id = requireIdNumber(idNumber);
    const { citizens } = ctx;
    const region = lookupRegion(ctx.caller);
    const lookup = (outcome: 'FOUND' | 'NOT_FOUND' | 'OUT_OF_SCOPE', citizenId?: string) =>
      citizens.audit.record({
        action: 'CITIZEN_LOOKUP',
        actorKind: 'officer',
        actorId: officer.id,
        targetKind: 'citizen',
        targetId: citizenId,
        requestId: ctx.requestId,
        // The ID number is digested (the blind index), never written in clear.
        details: { by: 'idNumber', idNumberDigest: citizens.cipher.blindIndex(id, 'id_number'), unit: officer.unit, outcome },
      });
    // Decided from the number asked for alone (before any read): the answer says nothing about who exists elsewhere.
    if (region === null || !id.startsWith(region)) {
      await lookup('OUT_OF_SCOPE');
      throw new GraphQLError(identityMessage('CITIZEN_OUT_OF_SCOPE'), { extensions: { code: 'CITIZEN_OUT_OF_SCOPE' } });
    }
    const model = await findCitizenByIdNumber(citizens.db, citizens.cipher, id);
    // Audited before anything is shown, masked or not: fails closed like disclose().
    await lookup(model ? 'FOUND' : 'NOT_FOUND', model?.id);
    return model ? Citizen.from(model) : null;
  }
}

/**
 * The region whose citizens an officer may look up, matched against the first digits of the ID number:
 * the address code of the citizen's household registration (户籍), the only residence the data model
 * knows (identity keeps no address, and no record of which unit handled whom). The boundary is the
 * officer's bureau, i.e. its city (许昌: 4110): windows across the city serve any resident of it (全市通办),
 * so a district boundary would refuse everyday work, while a look-up of someone registered in another
 * city is refused. An officer without a business scope looks up nobody.
 */
export function lookupRegion(caller: CitizensContext['caller']): string | null {
  const scope = unitScope(caller, 'business');
  if (!scope || !caller.unit) return null;
  return bureauPrefix(caller.unit);
}
