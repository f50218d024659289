import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const check = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new GraphQLError('FenTotal 须为整数（分）');
  return value;
};

/**
 * Sums of fen (statistics, a day's bill): still integers, never floats, but Int's 32 bits end at about
 * 21 million yuan, which a year of a city's fines passes. A JSON number up to 2^53 − 1 is read exactly by
 * every JavaScript client.
 */
export const FenTotal = new GraphQLScalarType({
  name: 'FenTotal',
  description: 'A sum of amounts in integer fen (1 yuan = 100), up to 2^53 − 1, as a JSON number',
  serialize: check,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('FenTotal 须为整数（分）');
    return check(Number(ast.value));
  },
});
