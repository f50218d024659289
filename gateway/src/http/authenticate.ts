import type { CallerInput } from '@jingtong/kit';
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { TokenVerifier } from '../auth/verify-token.js';
import type { IdentityInternalClient, PartnerKey } from '../security/identity-internal.js';

export interface Authenticated {
  caller: CallerInput;
  partner?: PartnerKey;
}

/**
 * The only shape identity issues (`jt_live_<12 hex>_<43 base64url>`, partner-key-secret.ts): anything else is
 * refused here, without a call to identity (an over-long or odd key must cost nothing and never answer 503).
 */
const API_KEY_FORMAT = /^jt_live_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;
export const isWellFormedApiKey = (key: string): boolean => key.length <= 256 && API_KEY_FORMAT.test(key.trim());

const refuse = (message: string, reason?: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(reason ? { reason } : {}), http: { status: 401 } } });

/** API key -> partner; bearer JWT -> citizen or officer (officer sessions must not be idle); nothing -> anonymous. */
export async function authenticate(
  request: FastifyRequest,
  requestId: string,
  verify: TokenVerifier,
  identity: IdentityInternalClient,
): Promise<Authenticated> {
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) {
    if (!isWellFormedApiKey(apiKey)) throw refuse('API 密钥无效或已吊销', 'API_KEY_INVALID');
    const partner = await identity.resolvePartnerKey(apiKey, requestId);
    if (!partner) throw refuse('API 密钥无效或已吊销', 'API_KEY_INVALID');
    return { caller: { kind: 'partner', sub: partner.partnerId, scopes: partner.scopes, channel: 'partner', requestId }, partner };
  }
  const identityClaims = await verify(request.headers.authorization);
  if (identityClaims.kind === 'officer') {
    if (!identityClaims.sid) throw refuse('登录凭证无效，请重新登录');
    const session = await identity.touchSession(identityClaims.sid, requestId);
    if (!session.ok) throw refuse('长时间未操作，请重新登录', session.reason);
    return { caller: { ...identityClaims, roles: session.roles, unit: session.unit, channel: 'console', requestId } };
  }
  if (identityClaims.kind === 'citizen') return { caller: { ...identityClaims, channel: 'h5', requestId } };
  const declared = request.headers['x-jt-channel'];
  return { caller: { kind: 'anonymous', channel: declared === 'console' ? 'console' : 'h5', requestId } };
}
