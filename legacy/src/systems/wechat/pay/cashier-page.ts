/**
 * The stand-in's cashier (收银台) pages: what the payer sees after opening h5_url, scanning the
 * Native QR code or being sent from a JSAPI page. One self-contained HTML page each (inline CSS,
 * no scripts or external assets), readable on a phone. Everything the merchant supplied
 * (description, redirect_url) is escaped.
 */
import type { Trade } from './trades.js';
import { yuanOf } from './yuan.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; background: #ededed; color: #191919; }
  header { background: #07c160; color: #fff; padding: 14px 16px; font-size: 17px; }
  main { padding: 16px; max-width: 480px; margin: 0 auto; }
  .card { background: #fff; border-radius: 8px; padding: 20px 16px; margin-bottom: 16px; }
  .amount { font-size: 34px; font-weight: 600; text-align: center; margin: 8px 0 16px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 12px; margin: 0; font-size: 15px; }
  dt { color: #888; } dd { margin: 0; word-break: break-all; }
  button { width: 100%; padding: 13px; font-size: 17px; border: 0; border-radius: 6px; background: #07c160; color: #fff; }
  button.secondary { background: #f2f2f2; color: #191919; margin-top: 12px; }
  .notice { text-align: center; font-size: 18px; margin: 12px 0; }
  .detail { text-align: center; color: #888; font-size: 14px; }
  a.back { display: block; text-align: center; margin-top: 16px; color: #576b95; font-size: 16px; }
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>微信支付</header>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface CashierContext {
  merchantName: string;
  trade: Trade;
  /** Where the merchant's H5 page asked the payer to be sent back (already checked to be http(s)). */
  redirectUrl?: string | undefined;
}

const details = ({ merchantName, trade }: CashierContext) => `<dl>
<dt>商户名称</dt><dd>${escapeHtml(merchantName)}</dd>
<dt>商品描述</dt><dd>${escapeHtml(trade.description)}</dd>
<dt>商户订单号</dt><dd>${escapeHtml(trade.outTradeNo)}</dd>
</dl>`;

const hidden = (context: CashierContext) =>
  `<input type="hidden" name="prepay_id" value="${escapeHtml(context.trade.prepayId)}">${
    context.redirectUrl ? `<input type="hidden" name="redirect_url" value="${escapeHtml(context.redirectUrl)}">` : ''
  }`;

/** The page that asks the payer to confirm: 确认支付 and 取消 each post a form. */
export function cashierPage(context: CashierContext, base: string): string {
  return page(
    '确认支付',
    `<section class="card">
<div class="amount">¥${yuanOf(context.trade.totalFen)}</div>
${details(context)}
</section>
<form method="post" action="${escapeHtml(`${base}/confirm`)}">${hidden(context)}<button type="submit">确认支付</button></form>
<form method="post" action="${escapeHtml(`${base}/cancel`)}">${hidden(context)}<button type="submit" class="secondary">取消</button></form>`,
  );
}

/** A result or a refusal (支付成功, 订单已关闭, …), with the way back to the merchant when there is one. */
export function noticePage(title: string, detail: string, context?: Partial<CashierContext>): string {
  const trade = context?.trade;
  const back = context?.redirectUrl ? `<a class="back" href="${escapeHtml(context.redirectUrl)}">返回商户</a>` : '';
  return page(
    title,
    `<section class="card">
<p class="notice">${escapeHtml(title)}</p>
${trade ? `<div class="amount">¥${yuanOf(trade.totalFen)}</div>${details(context as CashierContext)}` : ''}
<p class="detail">${escapeHtml(detail)}</p>
</section>${back}`,
  );
}
