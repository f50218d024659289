import { AppError, OncePerRequest, requireIdNumber } from '@jingtong/kit';
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { IdentityContext } from '../../context.js';

const SCOPE = 'identity.person:verify';

@ObjectType({ description: 'Whether a name and ID number belong together in the population system; nothing else is disclosed' })
export class PersonVerification {
  @Field(() => Boolean)
  match!: boolean;
}

@Resolver()
export class VerifyPersonResolver {
  @OncePerRequest()
  @Query(() => PersonVerification, { description: `For partner departments holding ${SCOPE}: 姓名与身份证号是否一致` })
  async verifyPerson(
    @Arg('idNumber', () => String) idNumber: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<PersonVerification> {
    const { caller } = ctx;
    if (caller.kind !== 'partner' || !caller.scopes.includes(SCOPE)) throw new AppError('FORBIDDEN', { details: { requiredScope: SCOPE } });
    const id = requireIdNumber(idNumber);
    const person = (await ctx.deps.population.findPersons([id], ctx)).get(id);
    const match = !!person && person.name === name.trim();
    // Each check is a use of someone's personal data by another department: audited like a disclosure.
    await ctx.deps.audit.record({
      action: 'DISCLOSURE',
      actorKind: 'partner',
      actorId: caller.sub,
      targetKind: 'person',
      field: 'nameIdNumberMatch',
      purpose: 'partner verification',
      requestId: ctx.requestId,
      details: { match },
    });
    return { match };
  }
}
