import { Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from './citizens-context.js';
import { Citizen } from './schema/citizen.type.js';

@Resolver(() => Citizen)
export class MeResolver {
  @Query(() => Citizen, { nullable: true, description: 'The signed-in citizen, or null when anonymous' })
  async me(@Ctx() ctx: CitizensContext): Promise<Citizen | null> {
    if (ctx.caller.kind !== 'citizen' || !ctx.caller.sub) return null;
    const model = await ctx.citizenLoaders.citizenById.load(ctx.caller.sub);
    // A token of a record merged into another (real-name found the same person) is stale: the
    // verification handed out a token for the surviving citizen, and signing in again reaches it too.
    return model && model.id === ctx.caller.sub ? Citizen.from(model) : null;
  }
}
