import { enqueueScreening } from '../alerts/fugitive-screening.js';
import { OncePerRequest, isIdNumber, normalizeIdNumber, refuseInput } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import { ChannelAuthRefused, type AlipayUser } from '@jingtong/legacy-clients';
import type { CitizensContext } from '../citizens-context.js';
import { findCitizensByIds } from '../store/citizens.repository.js';
import { SignInPayload } from '../payloads.js';
import { establishIdentity } from '../real-name/establish-identity.js';
import { citizenForChannel } from './citizen-for-channel.js';
import { completeSignIn, refuseSignIn } from './complete-sign-in.js';

/** Alipay's certified real-name info, confirmed by the population register; null when it is not enough for level 1. */
async function certifiedPerson(ctx: CitizensContext, user: AlipayUser) {
  if (!user.certified || user.certType !== '0' || !user.certNo || !user.name) return null;
  const idNumber = normalizeIdNumber(user.certNo);
  if (!isIdNumber(idNumber)) return null;
  const person = (await ctx.citizens.population.findPersons([idNumber], ctx)).get(idNumber);
  return person && person.name === user.name ? person : null;
}

@Resolver()
export class AlipaySignInResolver {
  @OncePerRequest()
  @Mutation(() => SignInPayload, {
    description: 'Sign in with an Alipay auth code (用户信息授权). Alipay-certified real-name info that the population register confirms gives level 1 (ALIPAY_CERTIFIED)',
  })
  async signInWithAlipay(@Arg('authCode', () => String) authCode: string, @Ctx() ctx: CitizensContext): Promise<SignInPayload> {
    const code = authCode.trim();
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(code)) throw refuseInput('FORMAT_INVALID', 'authCode', '授权码格式不正确');
    const { db, cipher, audit, alipay } = ctx.citizens;
    let user: AlipayUser;
    try {
      user = await alipay.userForAuthCode(code, ctx);
    } catch (error) {
      if (error instanceof ChannelAuthRefused) return refuseSignIn(ctx, 'alipay', 'CHANNEL_AUTH_FAILED');
      throw error;
    }

    const { citizenId, created } = await citizenForChannel(ctx.citizens, 'alipay', user.userId);
    let signedIn = citizenId;
    const person = await certifiedPerson(ctx, user);
    const current = (await findCitizensByIds(db, cipher, [citizenId])).get(citizenId);
    if (person && current && (current.assuranceLevel < 1 || !current.idNumber)) {
      // First Alipay sign-in (or one before the person was known): level 1; if this ID number signed in
      // before by another channel, the new record is merged into that citizen (one person, one citizen).
      const result = await establishIdentity(ctx.citizens, {
        citizenId,
        idNumber: person.idNumber,
        name: person.name,
        level: 1,
        method: 'ALIPAY_CERTIFIED',
        requestId: ctx.requestId,
      });
      if (result.ok) {
        signedIn = result.citizenId;
        await db.transaction().execute(async (trx) => {
          await audit.record(
            { action: 'REAL_NAME_VERIFIED', actorKind: 'citizen', actorId: result.citizenId, requestId: ctx.requestId, details: { level: result.level, method: 'ALIPAY_CERTIFIED', mergedFrom: result.mergedFrom } },
            { trx },
          );
          await enqueueScreening(trx, { citizenId: result.citizenId, requestId: ctx.requestId });
        });
      }
    }
    return completeSignIn(ctx, signedIn, 'alipay', { created, certified: person !== null });
  }
}
