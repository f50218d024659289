import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import { SdkAlipayGateway } from './sdk-alipay-gateway.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}/response.json`, import.meta.url), 'utf8').trim();
const DEV_KEYS = new URL('../../../../../legacy/src/systems/alipay/dev-keys/', import.meta.url);
const key = (file: string) => readFileSync(fileURLToPath(new URL(file, DEV_KEYS)), 'utf8');

/** Answers each method with a recorded body (signed by the stand-in with Alipay's DEV key) and keeps what it got. */
async function replay(answers: Record<string, string>) {
  const received: Array<Record<string, string>> = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const params = { ...Object.fromEntries(new URL(req.url!, 'http://x').searchParams), ...Object.fromEntries(new URLSearchParams(body)) };
      received.push(params);
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
      res.end(answers[params.method!] ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateway = new SdkAlipayGateway({
    gatewayUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alipay/gateway.do`,
    appId: '2021000000000001',
    appPrivateKeyPem: key('app-private.pem'),
    alipayPublicKeyPem: key('alipay-public.pem'),
    timeoutMs: 2000,
  });
  return { gateway, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ ok: true, value }),
    (e: Error & { extensions?: { code?: string } }) => ({ ok: false, kind: e instanceof ChannelAuthRefused ? 'REFUSED' : e.extensions?.code }),
  );

const ctx = { requestId: 'unit-test-1' };
const OK = { 'alipay.system.oauth.token': fixture('alipay.system.oauth.token__ok'), 'alipay.user.info.share': fixture('alipay.user.info.share__ok') };

describe('SdkAlipayGateway (alipay-sdk) against recorded open platform answers', () => {
  it('exchanges the auth code and reads the certified real-name info, signing requests with the app key (RSA2)', async () => {
    const r = await replay(OK);
    try {
      const user = await r.gateway.userForAuthCode('52505d9fd88c3e61794aafc5921a1a04', ctx);
      expect(user).toEqual({ userId: '2088395789237070', certified: true, certType: '0', certNo: '411081199303137132', name: '阎志国', mobile: '15129235477' });
      expect(r.received.map((p) => p.method)).toEqual(['alipay.system.oauth.token', 'alipay.user.info.share']);
      expect(r.received[0]).toMatchObject({ app_id: '2021000000000001', grant_type: 'authorization_code', code: '52505d9fd88c3e61794aafc5921a1a04', sign_type: 'RSA2' });
      expect(r.received[1]!.auth_token).toBe('authusrBcc7b12dc998fbcc56fa7d3cebb5a4fe0');
      for (const params of r.received) {
        // What the open platform checks: RSA-SHA256 over the sorted k=v pairs without sign, with the app public key.
        const content = Object.keys(params).filter((k) => k !== 'sign' && params[k] !== '').sort().map((k) => `${k}=${params[k]}`).join('&');
        expect(createVerify('RSA-SHA256').update(content, 'utf8').verify(key('app-public.pem'), params.sign!, 'base64')).toBe(true);
      }
    } finally {
      await r.close();
    }
  });

  it('refuses an answer whose signature does not match (tampered on the way)', async () => {
    const tampered = OK['alipay.user.info.share'].replace('411081199303137132', '411081199303137140');
    const r = await replay({ ...OK, 'alipay.user.info.share': tampered });
    try {
      expect(await outcomeOf(r.gateway.userForAuthCode('code', ctx))).toEqual({ ok: false, kind: 'LEGACY_UNAVAILABLE' });
    } finally {
      await r.close();
    }
  });

  it.each([
    ['a used or unknown auth code (error_response, verified under its own key)', { 'alipay.system.oauth.token': fixture('alipay.system.oauth.token__code-invalid') }, 'REFUSED'],
    ['an invalid access token', { ...OK, 'alipay.user.info.share': fixture('alipay.user.info.share__invalid-token') }, 'REFUSED'],
    ['the platform busy', { 'alipay.system.oauth.token': fixture('alipay.system.oauth.token__internal-error') }, 'LEGACY_FAULT'],
    ['our signature refused (a configuration problem, not the citizen)', { 'alipay.system.oauth.token': fixture('alipay.system.oauth.token__invalid-signature') }, 'LEGACY_FAULT'],
  ])('%s', async (_what, answers, kind) => {
    const r = await replay(answers as Record<string, string>);
    try {
      expect(await outcomeOf(r.gateway.userForAuthCode('code', ctx))).toEqual({ ok: false, kind });
    } finally {
      await r.close();
    }
  });
});
