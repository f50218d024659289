import { describeErrors, errorCode, requiredLevelOf } from './error-messages';
import type { GraphQLErrorLike } from './graphql-client';
import type { QueryResult } from './use-query';

/** Why something could not be shown: the citizen's real-name level, or a failure worth a retry. */
export type Failure = { kind: 'level'; requiredLevel: number } | { kind: 'forbidden'; messages: string[] } | { kind: 'failed'; messages: string[]; timedOut: boolean };

export type QueryView<TValue> =
  | { kind: 'loading' }
  | Failure
  | { kind: 'ready'; value: TValue; notices: string[]; stale: boolean; reloading: boolean };

const TIMEOUTS = new Set(['LEGACY_TIMEOUT', 'GATEWAY_TIMEOUT', 'SUBGRAPH_TIMEOUT']);

/** What a missing value's errors mean; the same for a whole page and for one field of it. */
export function failureOf(errors: readonly GraphQLErrorLike[]): Failure {
  const assurance = errors.find((error) => errorCode(error) === 'ASSURANCE_REQUIRED');
  if (assurance) return { kind: 'level', requiredLevel: requiredLevelOf(assurance) };
  const messages = describeErrors(errors);
  if (errors.some((error) => errorCode(error) === 'FORBIDDEN')) return { kind: 'forbidden', messages };
  return { kind: 'failed', messages, timedOut: errors.some((error) => TIMEOUTS.has(errorCode(error) ?? '')) };
}

/**
 * One query's state as both UI kits show it: loading until the first answer
 * (or while retrying without data), the failure when the part the page needs
 * (`select`) is missing, else the value with what came wrong beside it and
 * whether it is a stale copy.
 */
export function queryView<TData, TValue>(query: QueryResult<TData>, select: (data: TData) => TValue | null | undefined): QueryView<NonNullable<TValue>> {
  const value = query.data == null ? null : select(query.data);
  if (value == null) {
    if (!query.done || query.loading) return { kind: 'loading' };
    return failureOf(query.errors);
  }
  return { kind: 'ready', value, notices: describeErrors(query.errors), stale: query.stale, reloading: query.loading };
}

/** Errors at exactly `path` (e.g. `['me', 'vehicles']`), apart from the rest. */
export function errorsAt(errors: readonly GraphQLErrorLike[], path: readonly (string | number)[]): [GraphQLErrorLike[], GraphQLErrorLike[]] {
  const at: GraphQLErrorLike[] = [];
  const rest: GraphQLErrorLike[] = [];
  for (const error of errors) {
    const same = error.path?.length === path.length && path.every((segment, i) => error.path?.[i] === segment);
    (same ? at : rest).push(error);
  }
  return [at, rest];
}
