'use client';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useRef, useState } from 'react';
import type { ApiChannel } from './api-channel';
import { hasCode } from './error-messages';
import { execute, type ExecutionResult } from './graphql-client';

export interface Mutation<TResult, TVars> {
  run(variables: TVars): Promise<ExecutionResult<TResult>>;
  running: boolean;
}

/**
 * A generated mutation bound to the channel's token. `run` never throws;
 * callers read `data.<field>.error` (business refusals) and `errors`.
 */
export function useMutation<TResult, TVars>(api: ApiChannel, document: TypedDocumentNode<TResult, TVars>): Mutation<TResult, TVars> {
  const [running, setRunning] = useState(false);
  const apiRef = useRef(api);
  apiRef.current = api;

  const run = useCallback(
    async (variables: TVars) => {
      const { token, channel, onUnauthenticated } = apiRef.current;
      setRunning(true);
      try {
        const result = await execute(document, variables, { token, channel });
        if (token && hasCode(result.errors, 'UNAUTHENTICATED')) onUnauthenticated(result.errors);
        return result;
      } finally {
        setRunning(false);
      }
    },
    [document],
  );
  return { run, running };
}

/** A query run on demand (e.g. an expensive check behind a button): the same as a mutation here. */
export const useLazyQuery = useMutation;
