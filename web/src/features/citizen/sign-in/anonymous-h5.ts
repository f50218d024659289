import type { ApiChannel } from '@/features/shared/api/api-channel';

/** Sign-in runs before there is a token. */
export const anonymousH5: ApiChannel = { channel: 'h5', token: null, onUnauthenticated: () => {} };
