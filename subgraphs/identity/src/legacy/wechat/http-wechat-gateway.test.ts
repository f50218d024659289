import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelAuthRefused } from '../channel-auth-refused.js';
import { HttpWechatGateway } from './http-wechat-gateway.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}/response.json`, import.meta.url), 'utf8').trim();

async function replay(status: number, body: string) {
  const urls: URL[] = [];
  const server: Server = createServer((req, res) => {
    urls.push(new URL(req.url!, 'http://x'));
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateway = new HttpWechatGateway({ apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`, appId: 'wx0000000000000001', appSecret: 'wechat-dev-secret', timeoutMs: 2000 });
  return { gateway, urls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('HttpWechatGateway against recorded WeChat OAuth answers', () => {
  it('exchanges a code for openid and unionid', async () => {
    const r = await replay(200, fixture('wechat.sns.oauth2.access_token__ok'));
    try {
      expect(await r.gateway.userForCode('64c0ywLCfekgbAHAPOOhqbuDSW71s0Uc', { requestId: 'u' })).toEqual({ openid: 'oiPe3dJ8CTYzuStEIXb8JaN8uto2', unionid: 'ougi2C0-9lEooizD9f7bEGiTK7x3' });
      expect(r.urls[0]!.pathname).toBe('/wechat/sns/oauth2/access_token');
      expect(Object.fromEntries(r.urls[0]!.searchParams)).toEqual({ appid: 'wx0000000000000001', secret: 'wechat-dev-secret', code: '64c0ywLCfekgbAHAPOOhqbuDSW71s0Uc', grant_type: 'authorization_code' });
    } finally {
      await r.close();
    }
  });

  it('turns errcode 40029 into a refused authorisation, and an outage into LEGACY_UNAVAILABLE', async () => {
    const invalid = await replay(200, fixture('wechat.sns.oauth2.access_token__invalid-code'));
    try {
      await expect(invalid.gateway.userForCode('used', { requestId: 'u' })).rejects.toBeInstanceOf(ChannelAuthRefused);
    } finally {
      await invalid.close();
    }
    const down = await replay(503, '<html>502 Bad Gateway</html>');
    try {
      await expect(down.gateway.userForCode('x', { requestId: 'u' })).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE', system: 'wechat' } });
    } finally {
      await down.close();
    }
  });
});
