import type { GraphQLSchema } from 'graphql';

/**
 * A custom directive spec a subgraph links to (e.g. `@assurance`): its `@link`, its definitions,
 * whether composition keeps it in the supergraph (`@composeDirective`), and the runtime transform
 * that gives it meaning in this subgraph.
 */
export interface SchemaExtension {
  link: { url: string; import: string[] };
  /** Directive definitions added to the subgraph SDL, e.g. `directive @x(a: Int!) on FIELD_DEFINITION`. */
  typeDefs: string;
  /** Keep every imported directive in the supergraph and the API schema (Federation 2 `@composeDirective`). */
  compose?: boolean;
  /** Applied to the built subgraph schema, e.g. wrapping resolvers of fields that carry the directive. */
  transform?: (schema: GraphQLSchema) => GraphQLSchema;
}
