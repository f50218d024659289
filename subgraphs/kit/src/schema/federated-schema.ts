import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from '../type-graphql.js';

const FEDERATION_IMPORTS = ['@key', '@external', '@requires', '@provides', '@shareable', '@inaccessible', '@tag'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolver = (reference: any, context: any, info: any) => unknown;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Entities this subgraph only extends, and types reached only through them. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  references?: Record<string, ReferenceResolver>;
}

/**
 * The one place that glues type-graphql to Apollo Federation 2:
 * build with type-graphql, print with directives, re-build as a subgraph.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    directives: [...specifiedDirectives],
    skipCheck: true,
    validate: false,
  });
  const sdl = printSchemaWithDirectives(schema);
  const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])\n`;
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return buildSubgraphSchema({ typeDefs: parse(link + sdl), resolvers: resolvers as any });
}

/** The SDL committed as `schema.graphql` and fed to composition. */
export const printFederatedSchema = (schema: GraphQLSchema): string => printSubgraphSchema(schema).trim() + '\n';
