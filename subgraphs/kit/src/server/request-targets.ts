/** Where undici's `request()` sends a URL: its origin and path. */
export interface RequestTarget {
  origin: string;
  path: string;
}

/**
 * `(url) => { origin, path }`, each URL parsed once: callers (the gateway's subgraph fetcher, the SOAP
 * transport) send to a handful of fixed endpoints on every request.
 */
export function requestTargets(): (url: string) => RequestTarget {
  const targets = new Map<string, RequestTarget>();
  return (url) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
}
