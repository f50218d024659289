/** `/healthz` of the gateway is green only when every subgraph answers its own `/healthz`. */
export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 1500): Promise<Record<string, 'ok' | 'down'>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, res.ok ? 'ok' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
