import { exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { createTokenVerifier } from './verify-token.js';

const OPTIONS = { jwksUrl: 'http://127.0.0.1:1/.well-known/jwks.json', issuer: 'jingtong-identity', audience: 'jingtong' };

describe('createTokenVerifier', () => {
  let privateKey: PrivateKey;
  let keys: JWTVerifyGetKey;
  let lookups = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = await exportJWK(pair.publicKey);
    keys = async () => {
      lookups++;
      return { ...jwk, alg: 'ES256' };
    };
  });
  beforeEach(() => {
    lookups = 0;
  });

  const sign = (claims: Record<string, unknown>, expiresIn: string | number = '1h') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setIssuer(OPTIONS.issuer).setAudience(OPTIONS.audience).setSubject('c-1').setIssuedAt().setExpirationTime(expiresIn).sign(privateKey);

  it('verifies a token once, then answers the same claims from memory', async () => {
    const verify = createTokenVerifier(OPTIONS, keys);
    const token = await sign({ kind: 'citizen', acr: 2 });
    expect(await verify(`Bearer ${token}`)).toEqual({ kind: 'citizen', sub: 'c-1', acr: 2 });
    expect(await verify(`Bearer ${token}`)).toEqual({ kind: 'citizen', sub: 'c-1', acr: 2 });
    expect(lookups).toBe(1);
  });

  it('refuses a remembered token once it has expired', async () => {
    const verify = createTokenVerifier(OPTIONS, keys);
    const token = await sign({ kind: 'citizen', acr: 1 }, Math.floor(Date.now() / 1000) + 1);
    await verify(`Bearer ${token}`);
    await new Promise((r) => setTimeout(r, 1100));
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ message: '登录已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('checks a forged token every time, and remembers nothing of it', async () => {
    const verify = createTokenVerifier(OPTIONS, keys);
    const [h, p, s] = (await sign({ kind: 'citizen', acr: 1 })).split('.');
    const forged = `${h}.${p}.${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(lookups).toBe(2);
  });

  it('verifies every request with a cache size of 0', async () => {
    const verify = createTokenVerifier({ ...OPTIONS, cacheSize: 0 }, keys);
    const token = await sign({ kind: 'officer', roles: ['duty'], sid: 's-1', unit: 'u-1' });
    const claims = await verify(`Bearer ${token}`);
    expect(claims).toEqual({ kind: 'officer', sub: 'c-1', acr: 0, roles: ['duty'], unit: 'u-1', sid: 's-1' });
    await verify(`Bearer ${token}`);
    expect(lookups).toBe(2);
  });

  it('refuses a token from another issuer, for another audience, without an expiry, or signed with another algorithm', async () => {
    const verify = createTokenVerifier(OPTIONS, keys);
    const claims = { kind: 'citizen', acr: 3 };
    const invalid = { message: '登录凭证无效，请重新登录', extensions: { code: 'UNAUTHENTICATED' } };
    const other = (build: (jwt: SignJWT) => SignJWT) => build(new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setSubject('c-1')).sign(privateKey);
    await expect(verify(`Bearer ${await other((j) => j.setIssuer('someone-else').setAudience(OPTIONS.audience).setExpirationTime('1h'))}`)).rejects.toMatchObject(invalid);
    await expect(verify(`Bearer ${await other((j) => j.setIssuer(OPTIONS.issuer).setAudience('other-app').setExpirationTime('1h'))}`)).rejects.toMatchObject(invalid);
    await expect(verify(`Bearer ${await other((j) => j.setIssuer(OPTIONS.issuer).setAudience(OPTIONS.audience))}`)).rejects.toMatchObject(invalid);
    // The same claims under HS256 with the public key's coordinates as the secret (the classic key-confusion forgery).
    const jwk = (await keys({ alg: 'ES256' }, { payload: '', signature: '' })) as { x: string };
    const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(OPTIONS.issuer).setAudience(OPTIONS.audience).setSubject('c-1').setExpirationTime('1h').sign(new TextEncoder().encode(jwk.x));
    await expect(verify(`Bearer ${hs}`)).rejects.toMatchObject(invalid);
    // And the genuine one still passes: what was refused above was the claim, not the verifier.
    expect(await verify(`Bearer ${await sign(claims)}`)).toEqual({ kind: 'citizen', sub: 'c-1', acr: 3 });
  });
});
