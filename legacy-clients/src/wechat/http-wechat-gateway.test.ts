/** What the recorded samples cannot show: the platform down behind its reverse proxy. */
import { startHttpReplayServer } from '../testing/http-replay-server.js';
import { HttpWechatGateway } from './http-wechat-gateway.js';

describe('HttpWechatGateway beyond the samples', () => {
  it('turns an outage into LEGACY_UNAVAILABLE', async () => {
    const replay = await startHttpReplayServer([{ operation: '/sns/oauth2/access_token', status: 503, body: '<html>502 Bad Gateway</html>' }], (r) => r.pathname.replace(/^\/wechat/, ''));
    try {
      const gateway = new HttpWechatGateway({ apiUrl: `${replay.url}/wechat`, appId: 'wx0000000000000001', appSecret: 'wechat-dev-secret', timeoutMs: 2000 });
      await expect(gateway.userForCode('x', { requestId: 'u' })).rejects.toMatchObject({ extensions: { code: 'LEGACY_UNAVAILABLE', system: 'wechat' } });
    } finally {
      await replay.close();
    }
  });
});
