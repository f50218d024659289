import { AppError, OncePerRequest, requireIdNumber } from '@jingtong/kit';
import { GraphQLError } from 'graphql';
import { identityMessage } from '../../errors.js';
import { takeVerifyBudget } from './verify-budget.js';
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { PartnersContext } from './partners-context.js';

const SCOPE = 'identity.person:verify';

@ObjectType({ description: 'Whether a name and ID number belong together in the population system; nothing else is disclosed' })
export class PersonVerification {
  @Field(() => Boolean)
  match!: boolean;
}

@Resolver()
export class VerifyPersonResolver {
  @OncePerRequest()
  @Query(() => PersonVerification, { description: `For partner departments holding ${SCOPE}: 姓名与身份证号是否一致 (a daily budget per partner: VERIFY_BUDGET_EXCEEDED)` })
  async verifyPerson(
    @Arg('idNumber', () => String) idNumber: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: PartnersContext,
  ): Promise<PersonVerification> {
    const { caller } = ctx;
    if (caller.kind !== 'partner' || !caller.scopes.includes(SCOPE)) throw new AppError('FORBIDDEN', { details: { requiredScope: SCOPE } });
    const id = requireIdNumber(idNumber);
    // Each answer is one guess at a name: a daily budget per partner bounds the oracle, whatever the key's rate.
    const budget = await takeVerifyBudget(ctx.partners.db, caller.sub ?? '', ctx.partners.verifyDailyLimit);
    if (!budget.allowed) {
      throw new GraphQLError(identityMessage('VERIFY_BUDGET_EXCEEDED'), { extensions: { code: 'VERIFY_BUDGET_EXCEEDED', limit: ctx.partners.verifyDailyLimit } });
    }
    const person = (await ctx.partners.population.findPersons([id], ctx)).get(id);
    const match = !!person && person.name === name.trim();
    // Each check is a use of someone's personal data by another department: audited like a disclosure.
    await ctx.partners.audit.record({
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
