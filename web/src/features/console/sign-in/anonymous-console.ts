import type { ApiChannel } from '@/features/shared/api/api-channel';

/** Sign-in steps run before there is a token. */
export const anonymousConsole: ApiChannel = { channel: 'console', token: null, onUnauthenticated: () => {} };
