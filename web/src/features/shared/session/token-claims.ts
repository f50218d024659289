import { asLevel, type AssuranceLevel } from '@/features/shared/catalogue/levels';

/**
 * The real-name level (`acr`) the session token carries. Read, not verified:
 * it only decides what the page shows first; the API checks the signature and
 * the same claim on every request. A real-name step hands back a new token, so
 * this follows the level without asking the API.
 */
export function tokenLevel(token: string): AssuranceLevel {
  const payload = token.split('.')[1];
  if (!payload) return 0;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    return asLevel((JSON.parse(json) as { acr?: unknown }).acr);
  } catch {
    return 0;
  }
}
