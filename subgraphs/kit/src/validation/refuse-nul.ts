import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { refuseInput } from './refuse-input.js';

export const NUL_MESSAGE = '输入内容不能包含空字符';

/** The path (`input.name`) of the first string holding U+0000 in `value`, if any. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findNul(item, path);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * No string argument of any field, literal or variable, reaches a resolver with a NUL character in it
 * (PostgreSQL refuses it in text: error 22021, an INTERNAL_SERVER_ERROR otherwise). Checked on the
 * coerced arguments, so one check covers documents, variables and nested input objects; refused as
 * input (`TEXT_INVALID`), so queries answer BAD_USER_INPUT and mutations with an `error` payload return
 * it there (the payload transform wraps this one). Fields without arguments are left as they are.
 */
export function refuseNulCharacters(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      if (!field.args || Object.keys(field.args).length === 0) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context, info) {
          const path = findNul(args);
          if (path !== undefined) throw refuseInput('TEXT_INVALID', path, NUL_MESSAGE);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
