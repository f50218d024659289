'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { ApiChannel } from '@/features/shared/api/api-channel';
import { errorCode } from '@/features/shared/api/error-messages';
import type { GraphQLErrorLike } from '@/features/shared/api/graphql-client';
import { officerSession } from '@/features/shared/session/officer-session';
import { useSessionToken } from '@/features/shared/session/use-session-token';
import { consoleSignInHref, type SignInReason } from './sign-in-href';

/**
 * The officer side of the API. The gateway ends a session after 30 minutes
 * without a request (or when it was revoked): any UNAUTHENTICATED answer
 * returns to sign-in, which says why and forgets the token.
 */
export function useOfficerApi(): ApiChannel {
  const token = useSessionToken(officerSession);
  const router = useRouter();
  const pathname = usePathname();
  const onUnauthenticated = useCallback(
    (errors: readonly GraphQLErrorLike[]) => {
      // The sign-in page forgets the token when it opens with a reason. Clearing it here instead
      // would let the shell's own "no session" redirect race this one and lose the reason.
      router.replace(consoleSignInHref(pathname, signInReason(errors)));
    },
    [router, pathname],
  );
  return useMemo(() => ({ channel: 'console', token, onUnauthenticated }), [token, onUnauthenticated]);
}

/** The gateway's reason for refusing the session, as the sign-in page's notice. */
function signInReason(errors: readonly GraphQLErrorLike[]): SignInReason {
  const reason = errors.find((error) => errorCode(error) === 'UNAUTHENTICATED')?.extensions?.reason;
  if (reason === 'REVOKED') return 'revoked';
  if (reason === 'EXPIRED') return 'expired';
  return 'idle';
}
