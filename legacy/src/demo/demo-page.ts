/** The demo page: plain server-rendered HTML, no script and no external asset, readable on a phone. */
import type { DemoCitizen, DemoRole } from './demo-citizens.js';

const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const code = (value: string) => `<code>${escapeHtml(value)}</code>`;

const ROLE_TITLE: Record<DemoRole, string> = {
  demo: '演示居民',
  spare: '备用居民（首位居民已绑定或已实名时使用）',
  fugitive: '在逃人员比对命中（演示警情）',
};

const LICENCE_STATUS = { A: '正常', B: '满分（记满 12 分）' } as const;

const STYLE = `
body{margin:0;font:15px/1.6 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#f5f6f8}
main{max-width:720px;margin:0 auto;padding:12px}
h1{font-size:20px;margin:8px 0}h2{font-size:17px;margin:0 0 8px}h3{font-size:15px;margin:12px 0 4px;color:#555}
section{background:#fff;border-radius:10px;padding:12px 14px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
section.fugitive{border:2px solid #d4380d}
.badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;background:#e6f4ff;color:#0958d9;margin-left:6px;vertical-align:middle}
.fugitive .badge{background:#fff2e8;color:#d4380d}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dt{color:#666}dd{margin:0;word-break:break-all}
code{font:14px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f0f0f0;padding:1px 4px;border-radius:4px;user-select:all}
ul{margin:4px 0;padding-left:20px}li{margin:2px 0}
img.face{width:80px;height:auto;border:1px solid #ddd;border-radius:6px;float:right;margin:0 0 8px 8px}
.note{color:#666;font-size:13px}.warn{color:#d4380d}
a{color:#0958d9}
`;

export interface DemoPageLinks {
  /** The SMS outbox, where verification codes arrive. */
  sms: string;
}

export function renderDemoPage(citizens: readonly DemoCitizen[], links: DemoPageLinks): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>警通演示数据（测试替身）</title><style>${STYLE}</style></head><body><main>
<h1>警通演示数据（测试替身）</h1>
<p class="note">以下居民均为测试替身预置的虚构数据。每一项都是替身系统实际接受的值，可直接复制使用。仅供本机演示，切勿用于生产。</p>
${guide(links)}
${citizens.map((c) => card(c, links)).join('\n')}
<section><h2>民警演示账号</h2><p>用户名、密码和当前动态验证码（TOTP）：在项目根目录运行 ${code('npm run demo:totp')}（每 30 秒刷新）。</p></section>
</main></body></html>`;
}

function guide(links: DemoPageLinks): string {
  return `<section><h2>演示流程</h2><ul>
<li><b>登录</b>：支付宝（授权页输入下方“支付宝账号”即身份证号）、微信（授权页输入任意用户名，如下方建议的用户名）或手机号 + 短信验证码（验证码在 <a href="${escapeHtml(links.sms)}">短信发件箱</a> 查看）。本机演示还可用 H5 登录页的“开发登录”直接输入身份证号（会自动绑定名下驾驶证和车辆，跳过绑定步骤）。</li>
<li><b>一级实名</b>：姓名 + 身份证号 + 手机号，短信验证码同上。</li>
<li><b>二级实名</b>：人脸识别——下载下方证件照<b>原文件</b>后上传（替身按文件内容逐字节比对，截图、转存为其他格式都会比对失败；活体检测按页面提示完成即可）；或使用网证口令。</li>
<li><b>三级实名</b>：网证码 + 网证口令。</li>
<li><b>绑定驾驶证</b>：驾驶证号（即身份证号）+ 档案编号。<b>绑定车辆</b>：下方号牌（车主须为本人）。</li>
</ul></section>`;
}

function card(c: DemoCitizen, links: DemoPageLinks): string {
  const sms = `${links.sms}?phone=${encodeURIComponent(c.phone)}`;
  const licence = c.licence
    ? `<dl><dt>驾驶证号</dt><dd>${code(c.licence.licenceNumber)}</dd><dt>档案编号</dt><dd>${code(c.licence.fileNumber)}</dd>
<dt>准驾车型</dt><dd>${escapeHtml(c.licence.vehicleClass)}，${escapeHtml(LICENCE_STATUS[c.licence.status])}，记分 ${escapeHtml(c.licence.points)}</dd></dl>`
    : '<p class="note">交管平台无此人驾驶证。</p>';
  const vehicles = c.vehicles.length
    ? `<ul>${c.vehicles
        .map((v) => `<li>${code(v.plate)} 车主 ${escapeHtml(v.ownerName)}，${escapeHtml(v.color)}${escapeHtml(v.brand)}${escapeHtml(v.model)}${v.unprocessedViolations ? `，<span class="warn">未处理违法 ${v.unprocessedViolations} 条</span>` : ''}</li>`)
        .join('')}</ul>`
    : '<p class="note">名下无车辆。</p>';
  const fugitive = c.fugitive
    ? `<p class="warn">此人在在逃人员名单上（${escapeHtml(c.fugitive.category)}，${escapeHtml(c.fugitive.wantedBy)}，${code(c.fugitive.caseNumber)}）。用此人登录注册或实名认证时，页面不会提示本人；值班民警会在民警端“在逃人员预警”中看到告警（窗口民警、审核民警、领导账号可见），值班手机也会收到短信。</p>`
    : '';
  return `<section class="${c.role}" data-id-number="${escapeHtml(c.idNumber)}">
<h2>${escapeHtml(c.name)}<span class="badge">${escapeHtml(ROLE_TITLE[c.role])}</span></h2>
<img class="face" src="${escapeHtml(c.facePhotoPath)}" alt="${escapeHtml(c.name)}的证件照">
${fugitive}
<dl><dt>姓名</dt><dd>${code(c.name)}</dd><dt>身份证号</dt><dd>${code(c.idNumber)}</dd>
<dt>手机号</dt><dd>${code(c.phone)} <a href="${escapeHtml(sms)}">查看短信验证码</a></dd>
<dt>支付宝账号</dt><dd>${code(c.alipay.account)}（user_id ${code(c.alipay.userId)}）</dd>
<dt>微信用户名</dt><dd>${code(c.wechatUser)}（建议）</dd>
<dt>人脸照片</dt><dd><a href="${escapeHtml(c.facePhotoPath)}?download=1" download>下载证件照原文件</a></dd>
<dt>网证码</dt><dd>${code(c.networkIdentity.networkIdCode)}</dd><dt>网证口令</dt><dd>${code(c.networkIdentity.password)}</dd></dl>
<h3>驾驶证</h3>${licence}
<h3>可绑定车辆</h3>${vehicles}
</section>`;
}
