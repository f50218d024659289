'use client';

import { useCallback, useEffect, useState } from 'react';
import { execute, type GraphQLErrorLike } from '@/lib/graphql-client';
import { myVehiclesAndViolationsQuery } from './my-vehicles.query';
import type { Me } from './types';

export type MyVehiclesState =
  | { status: 'loading' }
  | { status: 'done'; me: Me | null; errors: GraphQLErrorLike[] };

/** Runs MyVehiclesAndViolations for this token; `reload` asks again. */
export function useMyVehicles(token: string): { state: MyVehiclesState; reload: () => void } {
  const [state, setState] = useState<MyVehiclesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    execute(myVehiclesAndViolationsQuery, {}, { token, signal: controller.signal }).then(
      (result) => setState({ status: 'done', me: result.data?.me ?? null, errors: result.errors }),
      () => {
        // Only an abort rejects: the component went away or asked again.
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
