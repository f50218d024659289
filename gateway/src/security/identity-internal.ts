import { signCaller } from '@jingtong/kit';

export interface PartnerKey {
  partnerId: string;
  keyId: string;
  name: string;
  scopes: string[];
  ratePerMinute: number;
  costBudgetPerDay: number;
}

export type SessionTouch = { ok: true; officerId: string; roles: string[]; unit: string } | { ok: false; reason: string };

/** The two internal identity routes the gateway needs on the hot path (signed like every subgraph call). */
export function createIdentityInternalClient(baseUrl: string, secret: string, timeoutMs = 2000) {
  const post = async (path: string, payload: unknown, requestId: string) => {
    const body = JSON.stringify(payload);
    return fetch(new URL(path, baseUrl), {
      method: 'POST',
      // Bound to this body (see the kit's signed header).
      headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ kind: 'anonymous', requestId, channel: 'direct' }, secret, body) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  };
  return {
    async resolvePartnerKey(key: string, requestId: string): Promise<PartnerKey | null> {
      const res = await post('/internal/partner-keys/resolve', { key }, requestId);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`partner key resolve failed: ${res.status}`);
      return (await res.json()) as PartnerKey;
    },
    async touchSession(sid: string, requestId: string): Promise<SessionTouch> {
      const res = await post('/internal/sessions/touch', { sid }, requestId);
      if (res.status === 200) return (await res.json()) as SessionTouch;
      if (res.status === 401) return (await res.json()) as SessionTouch;
      throw new Error(`session touch failed: ${res.status}`);
    },
  };
}

export type IdentityInternalClient = ReturnType<typeof createIdentityInternalClient>;
