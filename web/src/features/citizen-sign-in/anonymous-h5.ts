import type { ApiChannel } from '@/lib/api-channel';

/** Sign-in runs before there is a token. */
export const anonymousH5: ApiChannel = { channel: 'h5', token: null, onUnauthenticated: () => {} };
