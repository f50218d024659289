import { ALL_SYSTEMS, EnvError, WECHAT_DEV_APP, loadEnv, startLegacy, wechatIdentityOf, type LegacyServer } from '../../index.js';

let legacy: LegacyServer;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const get = async (server: LegacyServer, path: string, query: Record<string, string>) => {
  const response = await fetch(`${server.url}/wechat${path}?${new URLSearchParams(query)}`);
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as any };
};
const accessToken = (code: string, server = legacy, app: { appId?: string; secret?: string } = {}) =>
  get(server, '/sns/oauth2/access_token', { appid: app.appId ?? WECHAT_DEV_APP.appId, secret: app.secret ?? WECHAT_DEV_APP.secret, code, grant_type: 'authorization_code' });
const userInfo = (token: string, openid: string) => get(legacy, '/sns/userinfo', { access_token: token, openid, lang: 'zh_CN' });

describe('web authorisation', () => {
  it('exchanges a code for a token and the user info', async () => {
    const { code, openid, unionid } = legacy.wechat.authorize('wx-user-1');
    expect(code).toMatch(/^[A-Za-z0-9]{32}$/);
    const granted = await accessToken(code);
    expect(granted.status).toBe(200);
    expect(granted.contentType).toMatch(/^application\/json/);
    expect(granted.body).toEqual({ access_token: expect.any(String), expires_in: 7200, refresh_token: expect.any(String), openid, scope: 'snsapi_userinfo', unionid });
    const info = await userInfo(granted.body.access_token, openid);
    expect(info.body).toEqual({
      openid,
      nickname: expect.stringMatching(/^微信用户\d{4}$/),
      sex: 0,
      province: '',
      city: '',
      country: '',
      headimgurl: expect.stringMatching(/^https:\/\/thirdwx\.qlogo\.cn\//),
      privilege: [],
      unionid,
    });
    expect(legacy.stats().wechat).toMatchObject({ '/sns/oauth2/access_token': 1, '/sns/userinfo': 1, '/v3/pay/transactions/h5': 0 });
  });

  it('keeps openid and unionid stable per WeChat user and distinct between users', () => {
    const a = legacy.wechat.authorize('wx-user-1');
    const again = legacy.wechat.authorize('wx-user-1');
    const b = legacy.wechat.authorize('wx-user-2');
    expect(again).toMatchObject({ openid: a.openid, unionid: a.unionid });
    expect(again.code).not.toBe(a.code);
    expect(b.openid).not.toBe(a.openid);
    expect(b.unionid).not.toBe(a.unionid);
    expect(a.openid).toMatch(/^o[\w-]{27}$/);
    // Another app sees another openid, the same unionid.
    expect(wechatIdentityOf('wx00000000000000ff', 'wx-user-1')).toMatchObject({ unionid: a.unionid });
    expect(wechatIdentityOf('wx00000000000000ff', 'wx-user-1').openid).not.toBe(a.openid);
  });

  it('accepts a code once: reuse and unknown codes answer 40029 invalid code', async () => {
    const { code } = legacy.wechat.authorize('wx-user-3');
    expect((await accessToken(code)).body.access_token).toBeDefined();
    expect((await accessToken(code)).body).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    expect((await accessToken('nope')).body.errcode).toBe(40029);
  });

  it('checks appid, secret, grant_type and code', async () => {
    const { code } = legacy.wechat.authorize('wx-user-4');
    expect((await accessToken(code, legacy, { appId: 'wx00000000000000ff' })).body.errcode).toBe(40013);
    expect((await accessToken(code, legacy, { secret: 'wrong' })).body.errcode).toBe(40125);
    expect((await get(legacy, '/sns/oauth2/access_token', { appid: WECHAT_DEV_APP.appId, secret: WECHAT_DEV_APP.secret, code, grant_type: 'client_credential' })).body.errcode).toBe(40002);
    expect((await accessToken('')).body.errcode).toBe(41008);
    // None of these spent the code.
    expect((await accessToken(code)).body.openid).toBeDefined();
  });

  it('refuses userinfo with an unknown token or another openid', async () => {
    const { code, openid } = legacy.wechat.authorize('wx-user-5');
    const { access_token } = (await accessToken(code)).body;
    expect((await userInfo('nope', openid)).body.errcode).toBe(40001);
    expect((await userInfo(access_token, legacy.wechat.authorize('wx-user-6').openid)).body.errcode).toBe(40003);
    expect((await userInfo('', openid)).body.errcode).toBe(41001);
  });
});

describe('faults', () => {
  it('errorRate answers errcode -1, counted; down answers 503 uncounted', async () => {
    legacy.setFaults({ system: 'wechat', errorRate: 1 });
    expect((await accessToken('x')).body).toEqual({ errcode: -1, errmsg: 'system error' });
    legacy.setFaults({ system: 'wechat', errorRate: 0, mode: 'down' });
    expect((await fetch(`${legacy.url}/wechat/sns/userinfo`)).status).toBe(503);
    expect(legacy.stats().wechat).toMatchObject({ '/sns/oauth2/access_token': 1, '/sns/userinfo': 0 });
  });

  it('timeout holds the request until the caller gives up', async () => {
    legacy.setFaults({ system: 'wechat', mode: 'timeout' });
    await expect(fetch(`${legacy.url}/wechat/sns/userinfo`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
  });
});

describe('admin and reset', () => {
  it('POST /__legacy/wechat/authorize answers a code for a WeChat user', async () => {
    const post = (body: unknown) =>
      fetch(`${legacy.url}/__legacy/wechat/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as any,
      }));
    const ok = await post({ wechatUser: 'wx-user-7' });
    expect(ok.status).toBe(200);
    const { openid, unionid } = wechatIdentityOf(WECHAT_DEV_APP.appId, 'wx-user-7');
    expect(ok.body).toEqual({ code: expect.any(String), openid, unionid });
    expect((await accessToken(ok.body.code)).body.openid).toBe(ok.body.openid);
    expect((await post({ wechatUser: '' })).status).toBe(400);
    expect((await post({ user: 'x' })).status).toBe(400);
  });

  it('reset() forgets codes and tokens', async () => {
    const { code } = legacy.wechat.authorize('wx-user-8');
    const granted = (await accessToken(legacy.wechat.authorize('wx-user-8').code)).body;
    legacy.reset();
    expect((await accessToken(code)).body.errcode).toBe(40029);
    expect((await userInfo(granted.access_token, granted.openid)).body.errcode).toBe(40001);
  });

  it('refuses a code after LEGACY_WECHAT_CODE_TTL_SECONDS', async () => {
    const short = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { LEGACY_WECHAT_CODE_TTL_SECONDS: '0.05' } });
    try {
      const { code } = short.wechat.authorize('wx-user-9');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await accessToken(code, short)).body).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    } finally {
      await short.close();
    }
  });
});

describe('environment of the user-centre stand-ins', () => {
  it('lists every invalid LEGACY_SMS/FUGITIVE/FACE/ALIPAY/WECHAT variable at once', () => {
    const env = {
      LEGACY_SMS_MODE: 'sideways',
      LEGACY_FUGITIVE_LATENCY_MS: '-1',
      LEGACY_FACE_ERROR_RATE: '2',
      LEGACY_ALIPAY_APP_ID: 'abc',
      LEGACY_ALIPAY_CODE_TTL_SECONDS: '0',
      LEGACY_WECHAT_APPID: 'wechat',
      LEGACY_WECHAT_CODE_TTL_SECONDS: 'soon',
      LEGACY_WECHAT_MCHID: '19000',
      LEGACY_WECHAT_NOTIFY_RETRY_MS: 'soon',
      LEGACY_WECHAT_PAY_CALLS_PER_SECOND: '0',
    };
    let error: unknown;
    try {
      loadEnv(ALL_SYSTEMS, env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const problems = (error as EnvError).problems.join('\n');
    for (const name of Object.keys(env)) expect(problems).toContain(name);
  });

  it('serves the app configured by LEGACY_WECHAT_APPID / _SECRET', async () => {
    const other = await startLegacy({ port: 0, persons: 500, vehicles: 1000, env: { LEGACY_WECHAT_APPID: 'wx00000000000000ab', LEGACY_WECHAT_SECRET: 's3cret', LEGACY_WECHAT_MODE: 'down' } });
    try {
      expect((await fetch(`${other.url}/wechat/sns/userinfo`)).status).toBe(503);
      other.setFaults({ system: 'wechat', mode: 'normal' });
      const { code } = other.wechat.authorize('wx-user-1');
      expect((await accessToken(code, other)).body.errcode).toBe(40013);
      expect((await accessToken(code, other, { appId: 'wx00000000000000ab', secret: 's3cret' })).body.openid).toBe(wechatIdentityOf('wx00000000000000ab', 'wx-user-1').openid);
    } finally {
      await other.close();
    }
  });
});
