'use client';

import { useSyncExternalStore } from 'react';
import { readSession, subscribeSession } from './session';

/** The token snapshot, so useSyncExternalStore can compare by value. */
function tokenSnapshot(): string | null {
  return readSession()?.token ?? null;
}

/**
 * `undefined` while rendering on the server or hydrating (sessionStorage is
 * unknown there), then the token or `null`.
 */
export function useSessionToken(): string | null | undefined {
  return useSyncExternalStore(subscribeSession, tokenSnapshot, () => undefined);
}
