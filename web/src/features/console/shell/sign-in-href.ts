/** Why the officer is back at sign-in; the page shows the matching notice. */
export type SignInReason = 'idle' | 'revoked' | 'expired' | 'signed-out' | 'password-changed';

export function consoleSignInHref(next?: string | null, reason?: SignInReason): string {
  const params = new URLSearchParams();
  if (next?.startsWith('/console/') && next !== '/console/sign-in') params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/console/sign-in?${query}` : '/console/sign-in';
}
