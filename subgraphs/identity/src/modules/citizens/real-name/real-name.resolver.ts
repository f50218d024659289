import { Assurance, OncePerRequest, refuseInput, requireCitizen, requireIdNumber, requireName, requirePhone, UserError } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import validator from 'validator';
import { enqueueScreening } from '../alerts/fugitive-screening.js';
import type { CitizensContext } from '../citizens-context.js';
import { type IdentityErrorCode, identityMessage } from '../../../errors.js';
import { RealNameMethodEnum } from '../enums.js';
import { RealNamePayload } from '../payloads.js';
import { requireSmsCode, SMS_ERRORS } from '../sign-in/sms-outcome.js';
import { establishIdentity, recordHigherLevel } from './establish-identity.js';
import { BasicRealNameInput, FaceRealNameInput } from './real-name.inputs.js';

const MAX_PHOTO_BASE64 = Math.ceil((512 * 1024 * 4) / 3);

const refused = (code: IdentityErrorCode): RealNamePayload => ({ error: UserError.of(code, identityMessage(code)) });

function requireBase64(value: string, field: string, max: number): string {
  const v = value.replace(/\s+/g, '');
  if (v.length === 0 || v.length > max || !validator.isBase64(v)) throw refuseInput('FORMAT_INVALID', field, '上传的数据格式不正确，请重新拍摄');
  return v;
}

/** Tender 2.3.4.2: level 1 (SMS + population), level 2 (face or network-copy password), level 3 (network identity copy). */
@Resolver()
export class RealNameResolver {
  /** After a verification: audit, screen against the fugitive register (beside the request), new token. */
  private async verified(ctx: CitizensContext, v: { citizenId: string; idNumber: string; level: number; method: RealNameMethodEnum; mergedFrom?: string[] }) {
    const { db, audit, sessions } = ctx.citizens;
    // The verification's audit row and its fugitive screening commit together.
    await db.transaction().execute(async (trx) => {
      await audit.record(
        {
          action: 'REAL_NAME_VERIFIED',
          actorKind: 'citizen',
          actorId: v.citizenId,
          requestId: ctx.requestId,
          details: { level: v.level, method: v.method, ...(v.mergedFrom?.length ? { mergedFrom: v.mergedFrom } : {}) },
        },
        { trx },
      );
      await enqueueScreening(trx, { citizenId: v.citizenId, requestId: ctx.requestId });
    });
    const issued = await sessions.issue(v.citizenId, v.level);
    return { level: v.level, method: v.method, verifiedAt: new Date(), token: issued.token, expiresAt: issued.expiresAt };
  }

  /** The signed-in citizen's established identity (levels 2 and 3 build on level 1). */
  private async established(ctx: CitizensContext) {
    const citizen = await ctx.citizenLoaders.citizenById.load(requireCitizen(ctx.caller));
    if (!citizen?.idNumber || !citizen.name) return null;
    return { ...citizen, idNumber: citizen.idNumber, name: citizen.name };
  }

  @OncePerRequest()
  @Mutation(() => RealNamePayload, {
    description: 'Level 1 (SMS_POPULATION). If the ID number already belongs to a citizen who signed in by another channel, this account is merged into that citizen and the token is theirs',
  })
  async verifyRealNameBasic(@Arg('input', () => BasicRealNameInput) input: BasicRealNameInput, @Ctx() ctx: CitizensContext): Promise<RealNamePayload> {
    const citizenId = requireCitizen(ctx.caller);
    const name = requireName(input.name);
    const idNumber = requireIdNumber(input.idNumber);
    const phone = requirePhone(input.phone);
    const code = requireSmsCode(input.smsCode, 'smsCode');
    const { smsCodes, population } = ctx.citizens;

    // A wrong name or ID number counts as one of the code's 5 attempts (bounding guesses per text)
    // but leaves the code usable, so a typo does not cost the citizen a minute's wait for a new one.
    const sms = await smsCodes.verify(phone, 'REAL_NAME', code, { consume: false });
    if (sms !== 'OK') return refused(SMS_ERRORS[sms]);
    const person = (await population.findPersons([idNumber], ctx)).get(idNumber);
    // One answer for "no such person" and "wrong name": the form must not tell whose ID number exists.
    if (!person || person.name !== name) return refused('REAL_NAME_MISMATCH');
    if (!(await smsCodes.consume(phone, 'REAL_NAME'))) return refused('SMS_CODE_EXPIRED');

    // The register's phone is often out of date; the SMS code proves the phone is theirs. So a different
    // phone still gives level 1, and the verification records phone_matched = false.
    const result = await establishIdentity(ctx.citizens, {
      citizenId,
      idNumber,
      name: person.name,
      phone,
      level: 1,
      method: 'SMS_POPULATION',
      phoneMatched: person.phone === phone,
      requestId: ctx.requestId,
    });
    if (!result.ok) return refused(result.reason);
    return this.verified(ctx, { citizenId: result.citizenId, idNumber, level: result.level, method: RealNameMethodEnum.SMS_POPULATION, mergedFrom: result.mergedFrom });
  }

  @Assurance(1)
  @OncePerRequest()
  @Mutation(() => RealNamePayload, { description: 'Level 2 (FACE): face comparison against the population photo, with a liveness result' })
  async verifyRealNameByFace(@Arg('input', () => FaceRealNameInput) input: FaceRealNameInput, @Ctx() ctx: CitizensContext): Promise<RealNamePayload> {
    const photo = requireBase64(input.photo, 'photo', MAX_PHOTO_BASE64);
    const livenessData = requireBase64(input.livenessData, 'livenessData', 64 * 1024);
    const citizen = await this.established(ctx);
    if (!citizen) return refused('REAL_NAME_MISMATCH');
    const comparison = await ctx.citizens.face.compareFace({ idNumber: citizen.idNumber, photo, livenessData }, ctx);
    if (comparison && !comparison.liveness) return refused('LIVENESS_FAILED');
    if (!comparison?.match) return refused('FACE_MISMATCH');
    const level = await recordHigherLevel(ctx.citizens, { citizenId: citizen.id, level: 2, method: 'FACE', requestId: ctx.requestId });
    return this.verified(ctx, { citizenId: citizen.id, idNumber: citizen.idNumber, level, method: RealNameMethodEnum.FACE });
  }

  @Assurance(1)
  @OncePerRequest()
  @Mutation(() => RealNamePayload, { description: 'Level 2 (NETWORK_PASSWORD): the network identity copy password (网证口令)' })
  async verifyRealNameByNetworkPassword(@Arg('password', () => String) password: string, @Ctx() ctx: CitizensContext): Promise<RealNamePayload> {
    if (password.length < 4 || password.length > 64) throw refuseInput('FORMAT_INVALID', 'password', '网证口令格式不正确');
    const citizen = await this.established(ctx);
    if (!citizen) return refused('REAL_NAME_MISMATCH');
    const result = await ctx.citizens.face.verifyNetworkIdentity({ idNumber: citizen.idNumber, name: citizen.name, networkIdCode: '', password }, ctx);
    if (!result.ok || result.level < 2) return refused('NETWORK_IDENTITY_FAILED');
    const level = await recordHigherLevel(ctx.citizens, { citizenId: citizen.id, level: 2, method: 'NETWORK_PASSWORD', requestId: ctx.requestId });
    return this.verified(ctx, { citizenId: citizen.id, idNumber: citizen.idNumber, level, method: RealNameMethodEnum.NETWORK_PASSWORD });
  }

  @Assurance(2)
  @OncePerRequest()
  @Mutation(() => RealNamePayload, { description: 'Level 3 (NETWORK_IDENTITY): level 2 plus the network identity copy (网证) code and password' })
  async verifyNetworkIdentity(
    @Arg('networkIdCode', () => String) networkIdCode: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: CitizensContext,
  ): Promise<RealNamePayload> {
    const code = networkIdCode.trim();
    if (!/^[A-Za-z0-9+/=_-]{4,256}$/.test(code)) throw refuseInput('FORMAT_INVALID', 'networkIdCode', '网证数据格式不正确');
    if (password.length < 4 || password.length > 64) throw refuseInput('FORMAT_INVALID', 'password', '网证口令格式不正确');
    const citizen = await this.established(ctx);
    if (!citizen) return refused('REAL_NAME_MISMATCH');
    const result = await ctx.citizens.face.verifyNetworkIdentity({ idNumber: citizen.idNumber, name: citizen.name, networkIdCode: code, password }, ctx);
    if (!result.ok || result.level < 3) return refused('NETWORK_IDENTITY_FAILED');
    const level = await recordHigherLevel(ctx.citizens, { citizenId: citizen.id, level: 3, method: 'NETWORK_IDENTITY', requestId: ctx.requestId });
    return this.verified(ctx, { citizenId: citizen.id, idNumber: citizen.idNumber, level, method: RealNameMethodEnum.NETWORK_IDENTITY });
  }
}
