import { startLegacy, type LegacyServer } from '../index.js';

describe('OAuth consent pages (the apps played by the stand-ins)', () => {
  let legacy: LegacyServer;
  beforeAll(async () => {
    legacy = await startLegacy({ port: 0 });
  });
  afterAll(() => legacy.close());

  it('Alipay: shows a consent page, then redirects back with a working auth_code', async () => {
    const back = 'http://127.0.0.1:3000/h5/auth/alipay';
    const consent = await fetch(`${legacy.url}/alipay/oauth2/publicAppAuthorize.htm?app_id=2021000000000001&scope=auth_user&state=s1&redirect_uri=${encodeURIComponent(back)}`);
    expect(consent.status).toBe(200);
    expect(await consent.text()).toContain('同意授权');
    const id = legacy.seed.demoCitizen().idNumber;
    const res = await fetch(`${legacy.url}/alipay/oauth2/publicAppAuthorize.htm/confirm?app_id=2021000000000001&scope=auth_user&state=s1&redirect_uri=${encodeURIComponent(back)}&idNumber=${id}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(back);
    expect(location.searchParams.get('state')).toBe('s1');
    expect(location.searchParams.get('auth_code')).toMatch(/\w{8,}/);
  });

  it('Alipay: refuses a person unknown to the population register and a non-http redirect', async () => {
    const back = encodeURIComponent('http://127.0.0.1:3000/cb');
    const res = await fetch(`${legacy.url}/alipay/oauth2/publicAppAuthorize.htm/confirm?redirect_uri=${back}&idNumber=11010519491231002X`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    const js = await fetch(`${legacy.url}/alipay/oauth2/publicAppAuthorize.htm?redirect_uri=${encodeURIComponent('javascript:alert(1)')}`);
    expect(js.status).toBe(400);
  });

  it('WeChat: redirects back with a code for the typed WeChat user', async () => {
    const back = 'http://127.0.0.1:3000/h5/auth/wechat';
    const res = await fetch(`${legacy.url}/wechat/connect/oauth2/authorize/confirm?appid=wx0000000000000001&state=s2&redirect_uri=${encodeURIComponent(back)}&wechatUser=wx-user-9`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('s2');
  });
});
