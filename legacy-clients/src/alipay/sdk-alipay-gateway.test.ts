/** What the recorded samples cannot show: our request signatures, and answers tampered with on the way. */
import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ALIPAY_DEV_KEYS } from '@jingtong/legacy';
import { startHttpReplayServer, type HttpAnswer } from '../testing/http-replay-server.js';
import { loadSamples } from '../testing/sample-files.js';
import { SdkAlipayGateway } from './sdk-alipay-gateway.js';

const samples = loadSamples('alipay', 'http');
const answer = (name: string): HttpAnswer => {
  const sample = samples.find((s) => s.name === name)!;
  return { operation: sample.meta.operation, status: sample.meta.status, body: sample.response.replace(/\n$/, '') };
};
const OK = [answer('alipay.system.oauth.token__ok'), answer('alipay.user.info.share__ok')];
const key = (path: string) => readFileSync(path, 'utf8');

async function gatewayAnswering(answers: HttpAnswer[]) {
  const replay = await startHttpReplayServer(answers, (r) => r.params.method ?? '?');
  const gateway = new SdkAlipayGateway({
    gatewayUrl: `${replay.url}/alipay/gateway.do`,
    appId: ALIPAY_DEV_KEYS.appId,
    appPrivateKeyPem: key(ALIPAY_DEV_KEYS.appPrivateKeyPath),
    alipayPublicKeyPem: key(ALIPAY_DEV_KEYS.alipayPublicKeyPath),
    timeoutMs: 2000,
  });
  return { gateway, replay };
}

const ctx = { requestId: 'unit-test-1' };

describe('SdkAlipayGateway beyond the samples', () => {
  it('signs every request with the app key (RSA2 over the sorted parameters, as the open platform checks)', async () => {
    const { gateway, replay } = await gatewayAnswering(OK);
    try {
      await gateway.userForAuthCode('52505d9fd88c3e61794aafc5921a1a04', ctx);
      expect(replay.received).toHaveLength(2);
      for (const { params } of replay.received) {
        const content = Object.keys(params).filter((k) => k !== 'sign' && params[k] !== '').sort().map((k) => `${k}=${params[k]}`).join('&');
        expect(createVerify('RSA-SHA256').update(content, 'utf8').verify(key(ALIPAY_DEV_KEYS.appPublicKeyPath), params.sign, 'base64')).toBe(true);
      }
    } finally {
      await replay.close();
    }
  });

  it('refuses an answer whose signature does not match (tampered on the way)', async () => {
    const [token, share] = OK as [HttpAnswer, HttpAnswer];
    const { gateway, replay } = await gatewayAnswering([token, { ...share, body: share.body.replace('411081199303137132', '411081199303137140') }]);
    try {
      await expect(gateway.userForAuthCode('code', ctx)).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE' } });
    } finally {
      await replay.close();
    }
  });
});
