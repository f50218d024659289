'use client';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiChannel } from './api-channel';
import { hasCode } from './error-messages';
import { execute, type GraphQLErrorLike } from './graphql-client';

export interface QueryResult<TResult> {
  /** The last answer's data; kept while a reload is in flight so tables do not flash empty. */
  data: TResult | null;
  errors: GraphQLErrorLike[];
  /** True until the first answer, and again during each reload. */
  loading: boolean;
  /** True once any answer arrived. */
  done: boolean;
  reload(): void;
}

/**
 * Runs a generated query for the channel's token once it is known, again when
 * the variables change or `reload()` is called. Waits while the token is still
 * unknown (hydrating). An UNAUTHENTICATED answer hands over to the channel.
 */
export function useQuery<TResult, TVars>(
  api: ApiChannel,
  document: TypedDocumentNode<TResult, TVars>,
  variables: TVars,
  options: { skip?: boolean } = {},
): QueryResult<TResult> {
  const [state, setState] = useState<{ data: TResult | null; errors: GraphQLErrorLike[]; loading: boolean; done: boolean }>({
    data: null,
    errors: [],
    loading: true,
    done: false,
  });
  const [attempt, setAttempt] = useState(0);
  // Compared by value: callers pass object literals.
  const key = JSON.stringify(variables ?? {});
  const variablesRef = useRef(variables);
  variablesRef.current = variables;
  const onUnauthenticated = useRef(api.onUnauthenticated);
  onUnauthenticated.current = api.onUnauthenticated;
  const { token, channel } = api;
  const waiting = options.skip || token === undefined;

  useEffect(() => {
    if (waiting) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    execute(document, variablesRef.current, { token, channel, signal: controller.signal }).then(
      (result) => {
        if (token && hasCode(result.errors, 'UNAUTHENTICATED')) onUnauthenticated.current(result.errors);
        setState({ data: result.data, errors: result.errors, loading: false, done: true });
      },
      () => {
        // Only an abort rejects: the component went away or asked again.
      },
    );
    return () => controller.abort();
  }, [document, key, token, channel, waiting, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loading: state.loading || waiting, reload };
}
