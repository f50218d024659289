/**
 * The apps' side of OAuth, as a browser meets it: the pages Alipay and WeChat show a citizen
 * before redirecting back to the H5 page with a code. Stand-in rules: the "signed-in app user"
 * is whoever the tester types (a seeded person's ID number for Alipay, any handle for WeChat).
 *   GET /alipay/oauth2/publicAppAuthorize.htm?app_id&scope&redirect_uri&state   -> consent page
 *   GET /alipay/oauth2/publicAppAuthorize.htm/confirm?…&idNumber                -> 302 redirect_uri?auth_code&app_id&state
 *   GET /wechat/connect/oauth2/authorize?appid&redirect_uri&response_type&scope&state -> consent page
 *   GET /wechat/connect/oauth2/authorize/confirm?…&wechatUser                   -> 302 redirect_uri?code&state
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { UserSide } from './user-side.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, action: string, hidden: Record<string, string>, field: { name: string; label: string; placeholder: string }, error?: string) {
  const inputs = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:sans-serif;margin:24px;max-width:420px}input[type=text]{width:100%;padding:10px;font-size:16px;box-sizing:border-box}button{margin-top:16px;width:100%;padding:12px;font-size:16px}.err{color:#c00}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>（测试替身：模拟已登录 App 的用户同意授权）</p>${error ? `<p class="err">${escapeHtml(error)}</p>` : ''}
<form method="get" action="${escapeHtml(action)}">${inputs}<label>${escapeHtml(field.label)}<input type="text" name="${field.name}" placeholder="${escapeHtml(field.placeholder)}" autocomplete="off"></label>
<button type="submit">同意授权</button></form></body></html>`;
}

const redirectTarget = (uri: unknown): URL | null => {
  try {
    const url = new URL(String(uri));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);

export function authorizePages(side: UserSide) {
  return (app: FastifyInstance) => {
    const alipayPath = '/alipay/oauth2/publicAppAuthorize.htm';
    app.get(alipayPath, async (request, reply) => {
      const q = request.query as Record<string, string>;
      if (!redirectTarget(q.redirect_uri)) return html(reply, '<p>redirect_uri 无效</p>', 400);
      const hidden = { app_id: q.app_id ?? '', scope: q.scope ?? 'auth_user', redirect_uri: q.redirect_uri, state: q.state ?? '' };
      return html(reply, page('支付宝授权', `${alipayPath}/confirm`, hidden, { name: 'idNumber', label: '支付宝实名用户身份证号', placeholder: '18位身份证号' }));
    });
    app.get(`${alipayPath}/confirm`, async (request, reply) => {
      const q = request.query as Record<string, string>;
      const target = redirectTarget(q.redirect_uri);
      if (!target) return html(reply, '<p>redirect_uri 无效</p>', 400);
      try {
        const { authCode } = side.alipay.authorize(String(q.idNumber ?? '').trim());
        target.searchParams.set('auth_code', authCode);
        target.searchParams.set('app_id', q.app_id ?? '');
        target.searchParams.set('scope', q.scope ?? 'auth_user');
        if (q.state) target.searchParams.set('state', q.state);
        return reply.redirect(target.toString(), 302);
      } catch {
        const hidden = { app_id: q.app_id ?? '', scope: q.scope ?? 'auth_user', redirect_uri: q.redirect_uri, state: q.state ?? '' };
        return html(reply, page('支付宝授权', `${alipayPath}/confirm`, hidden, { name: 'idNumber', label: '支付宝实名用户身份证号', placeholder: '18位身份证号' }, '该身份证号不是支付宝实名用户'), 400);
      }
    });

    const wechatPath = '/wechat/connect/oauth2/authorize';
    app.get(wechatPath, async (request, reply) => {
      const q = request.query as Record<string, string>;
      if (!redirectTarget(q.redirect_uri)) return html(reply, '<p>redirect_uri 无效</p>', 400);
      const hidden = { appid: q.appid ?? '', redirect_uri: q.redirect_uri, state: q.state ?? '' };
      return html(reply, page('微信授权登录', `${wechatPath}/confirm`, hidden, { name: 'wechatUser', label: '微信用户', placeholder: '例如 wx-user-1' }));
    });
    app.get(`${wechatPath}/confirm`, async (request, reply) => {
      const q = request.query as Record<string, string>;
      const target = redirectTarget(q.redirect_uri);
      if (!target) return html(reply, '<p>redirect_uri 无效</p>', 400);
      try {
        const { code } = side.wechat.authorize(String(q.wechatUser ?? '').trim());
        target.searchParams.set('code', code);
        if (q.state) target.searchParams.set('state', q.state);
        return reply.redirect(target.toString(), 302);
      } catch {
        const hidden = { appid: q.appid ?? '', redirect_uri: q.redirect_uri, state: q.state ?? '' };
        return html(reply, page('微信授权登录', `${wechatPath}/confirm`, hidden, { name: 'wechatUser', label: '微信用户', placeholder: '例如 wx-user-1' }, '微信用户名无效'), 400);
      }
    });
  };
}
