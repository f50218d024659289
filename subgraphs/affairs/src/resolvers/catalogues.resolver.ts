import { Ctx, Query, Resolver } from '@jingtong/kit/type-graphql';
import { requireConfigurer } from '../access.js';
import type { AffairsContext } from '../context.js';
import { FlowCatalogues } from '../schema/flow-catalogues.type.js';

@Resolver()
export class CataloguesResolver {
  @Query(() => FlowCatalogues, { description: 'SYSTEM_ADMIN / LEADER: the operations and posts a flow’s nodes may name, with their Chinese labels' })
  flowCatalogues(@Ctx() ctx: AffairsContext): FlowCatalogues {
    requireConfigurer(ctx.caller);
    return FlowCatalogues.current();
  }
}
