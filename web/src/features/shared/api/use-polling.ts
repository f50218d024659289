'use client';

import { useCallback, useEffect, useState } from 'react';
import type { QueryResult } from './use-query';

/**
 * Asks a query again every `intervalMs` while `active`, one request at a time
 * (the next wait starts when the answer is in). For answers that arrive
 * asynchronously elsewhere: an order made through an outbox, a payment
 * notification.
 */
export function usePolling(query: Pick<QueryResult<unknown>, 'loading' | 'done' | 'reload'>, active: boolean, intervalMs: number): void {
  const { loading, done, reload } = query;
  useEffect(() => {
    if (!active || loading || !done) return;
    const timer = setTimeout(reload, intervalMs);
    return () => clearTimeout(timer);
  }, [active, loading, done, reload, intervalMs]);
}

/**
 * True until `ms` have passed since the page opened or since `restart()`:
 * how long a page waits eagerly before it says the answer is taking longer.
 */
export function useWaitWindow(ms: number): { open: boolean; restart(): void } {
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is what starts a new window
  useEffect(() => {
    setOpen(true);
    const timer = setTimeout(() => setOpen(false), ms);
    return () => clearTimeout(timer);
  }, [ms, round]);
  const restart = useCallback(() => setRound((n) => n + 1), []);
  return { open, restart };
}
