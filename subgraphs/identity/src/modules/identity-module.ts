import type { Migration } from '@jingtong/kit';

/**
 * One area of identity (citizens, officers, partners, audit): its resolvers and its timestamped
 * migrations (never edited; the migrator orders them by name across modules), and, where it has them,
 * a `create…Deps` that takes only what the area needs.
 */
export interface IdentityModule {
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as `Function`
  resolvers: Function[];
  migrations: Record<string, Migration>;
}

