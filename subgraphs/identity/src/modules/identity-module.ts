import type { Migration } from '@jingtong/kit';

/**
 * One area of identity (citizens, officers, partners, audit): its resolvers, the types only they reach
 * (orphaned types) and its timestamped migrations (never edited; the migrator orders them by name
 * across modules). Beside it each area exports a `create…Deps` that takes only what the area needs and
 * returns the object its resolvers find on the context (`ctx.citizens`, `ctx.officers`, `ctx.partners`).
 */
export interface IdentityModule {
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as `Function`
  resolvers: Function[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes orphaned type classes as `Function`
  orphanedTypes?: Function[];
  migrations: Record<string, Migration>;
}
