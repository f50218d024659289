import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

const object = (value: unknown): Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new GraphQLError('流程定义须为 JSON 对象');
  return value as Record<string, unknown>;
};

/**
 * A flow definition as the flow core reads it (`{ start, nodes: [...] }`), passed as JSON: its nodes are a tagged
 * union GraphQL inputs cannot express, and a draft must be savable half-drawn. Only "an object" is checked here;
 * the flow core reads the rest and lists every problem in Chinese.
 */
export const FlowJSON = new GraphQLScalarType({
  name: 'FlowJSON',
  description: 'A flow definition (JSON object `{ start, nodes }`, see subgraphs/affairs/src/flows/flow-definition.ts)',
  serialize: (value) => value,
  parseValue: object,
  parseLiteral(ast, variables) {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError('流程定义须为 JSON 对象');
    return object(valueFromASTUntyped(ast, variables));
  },
});
