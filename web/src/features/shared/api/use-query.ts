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
  /** The last answer contains cached copies served because a legacy system failed (the gateway's `extensions.stale`). */
  stale: boolean;
  reload(): void;
}

interface State<TResult> {
  data: TResult | null;
  errors: GraphQLErrorLike[];
  loading: boolean;
  done: boolean;
  stale: boolean;
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
  const [state, setState] = useState<State<TResult>>({ data: null, errors: [], loading: true, done: false, stale: false });
  const [attempt, setAttempt] = useState(0);
  // Compared by value: callers pass object literals.
  const key = JSON.stringify(variables ?? {});
  const variablesRef = useRef(variables);
  variablesRef.current = variables;
  const onUnauthenticated = useRef(api.onUnauthenticated);
  onUnauthenticated.current = api.onUnauthenticated;
  const { token, channel } = api;
  const waiting = options.skip || token === undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` (the variables by value) and `attempt` (reload) are what re-run the query; the variables themselves are read through a ref
  useEffect(() => {
    if (waiting) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    execute(document, variablesRef.current, { token, channel, signal: controller.signal }).then(
      (result) => {
        if (token && hasCode(result.errors, 'UNAUTHENTICATED')) onUnauthenticated.current(result.errors);
        const stale = Array.isArray(result.extensions?.stale) && result.extensions.stale.length > 0;
        setState({ data: result.data, errors: result.errors, loading: false, done: true, stale });
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
