import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { assuranceMessage } from './assurance-directive.js';

/**
 * Gives `@assurance(level: n)` its meaning in a subgraph: the field's resolver runs only for a
 * citizen whose signed caller carries `acr >= n`. Anonymous callers are asked to sign in.
 * Officers and partners are not subject to citizen real-name levels (their roles are checked by
 * the resolvers), so the directive lets them through to those checks.
 */
export function enforceAssurance(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const level = getDirective(schema, field, 'assurance')?.[0]?.level as number | undefined;
      if (level === undefined) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context, info) {
          checkAssurance((context as { caller?: Caller } | undefined)?.caller, level);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

export function checkAssurance(caller: Caller | undefined, requiredLevel: number): void {
  if (!caller || caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (caller.kind !== 'citizen') return;
  if (caller.acr < requiredLevel) {
    throw new AppError('ASSURANCE_REQUIRED', {
      message: assuranceMessage(requiredLevel),
      details: { requiredLevel, currentLevel: caller.acr },
    });
  }
}
