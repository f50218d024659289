/** Tokens: ES256 JWTs for citizens and officers, and the JWKS the gateway verifies them with. */
export { TokenIssuer } from './token-issuer.js';
