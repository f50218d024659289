'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { SessionStore } from './session-store';

/**
 * `undefined` while rendering on the server or hydrating (sessionStorage is
 * unknown there), then the token or `null`.
 */
export function useSessionToken(store: SessionStore): string | null | undefined {
  const snapshot = useCallback(() => store.read()?.token ?? null, [store]);
  return useSyncExternalStore(store.subscribe, snapshot, () => undefined);
}
