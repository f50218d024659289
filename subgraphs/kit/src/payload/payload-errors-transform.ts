import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, GraphQLBoolean, isNonNullType, isObjectType, type GraphQLFieldConfig, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { InputError } from '../errors/input-error.js';
import { PayloadError } from './payload-error.js';
import { UserError } from './user-error.type.js';

/** A mutation returns expected failures in its payload when the payload type has `error: UserError`. */
function hasErrorField(field: GraphQLFieldConfig<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && getNamedType(type.getFields().error?.type)?.name === 'UserError';
}

const toUserError = (error: unknown) => {
  if (error instanceof InputError) return UserError.of(error.reason, error.message, error.field);
  if (error instanceof PayloadError) return UserError.of(error.code, error.message, error.field);
  return undefined;
};

/**
 * What a refused mutation answers besides `error`: it did nothing, so its non-null flags (`sent`, `ok`)
 * are false. Any other non-null field could not be answered: refuse the schema at build time.
 */
function refusedShape(payload: GraphQLObjectType): Record<string, false> {
  const shape: Record<string, false> = {};
  for (const [name, field] of Object.entries(payload.getFields())) {
    if (!isNonNullType(field.type)) continue;
    if (field.type.ofType === GraphQLBoolean) shape[name] = false;
    else throw new Error(`${payload.name}.${name} is non-null: a payload with \`error\` must be answerable with the error alone (make it nullable)`);
  }
  return shape;
}

/**
 * The failure convention in one place: on mutations with an `error` payload field, refused input
 * (`InputError`, from the kit's validators) and business refusals (`PayloadError`) come back as
 * `{ error { code message field } }`; everything else still throws (auth, legacy failures, bugs).
 * Queries keep throwing typed errors. Applied to mutation fields only, so queries pay nothing.
 */
export function payloadErrors(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (field) => {
      if (!hasErrorField(field)) return field;
      const refused = refusedShape(getNamedType(field.type) as GraphQLObjectType);
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        async resolve(source, args, context, info) {
          try {
            return await resolve(source, args, context, info);
          } catch (error) {
            const userError = toUserError(error);
            if (userError) return { ...refused, error: userError };
            throw error;
          }
        },
      };
    },
  });
}
