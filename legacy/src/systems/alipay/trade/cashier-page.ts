/**
 * The stand-in's cashier (收银台) pages: what the buyer sees after scanning the QR code or being
 * sent to wap.pay. One self-contained HTML page each (inline CSS, no scripts or external assets),
 * readable on a phone. Everything the merchant supplied (subject) is escaped.
 */
import type { Trade } from './trades.js';
import { yuanOf } from './yuan.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f5f5; color: #333; }
  header { background: #1677ff; color: #fff; padding: 14px 16px; font-size: 17px; }
  main { padding: 16px; max-width: 480px; margin: 0 auto; }
  .card { background: #fff; border-radius: 8px; padding: 20px 16px; margin-bottom: 16px; }
  .amount { font-size: 34px; font-weight: 600; text-align: center; margin: 8px 0 16px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 12px; margin: 0; font-size: 15px; }
  dt { color: #999; } dd { margin: 0; word-break: break-all; }
  button { width: 100%; padding: 13px; font-size: 17px; border: 0; border-radius: 6px; background: #1677ff; color: #fff; }
  .cancel { display: block; text-align: center; margin-top: 14px; color: #666; font-size: 15px; }
  .notice { text-align: center; font-size: 18px; margin: 12px 0; }
  .detail { text-align: center; color: #999; font-size: 14px; }
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
<header>支付宝 · 收银台</header>
<main>
${body}
</main>
</body>
</html>
`;
}

const details = (merchantName: string, trade: Trade) => `<dl>
<dt>商户名称</dt><dd>${escapeHtml(merchantName)}</dd>
<dt>商品名称</dt><dd>${escapeHtml(trade.subject)}</dd>
<dt>订单号</dt><dd>${escapeHtml(trade.outTradeNo)}</dd>
</dl>`;

/** The page that asks the buyer to confirm: 确认付款 posts the form, 取消 is a link. */
export function cashierPage(merchantName: string, trade: Trade): string {
  const base = `/alipay/cashier/${encodeURIComponent(trade.cashierCode)}`;
  return page(
    '确认付款',
    `<section class="card">
<div class="amount">¥${yuanOf(trade.amountFen)}</div>
${details(merchantName, trade)}
</section>
<form method="post" action="${base}/pay">
<button type="submit">确认付款</button>
</form>
<a class="cancel" href="${base}/cancel">取消</a>`,
  );
}

/** A result or refusal: paid, cancelled, closed, expired, unknown. */
export function noticePage(title: string, detail: string, context?: { merchantName: string; trade: Trade }): string {
  const card = context ? `<section class="card">
<div class="amount">¥${yuanOf(context.trade.amountFen)}</div>
${details(context.merchantName, context.trade)}
</section>` : '';
  return page(title, `<p class="notice">${escapeHtml(title)}</p>
<p class="detail">${escapeHtml(detail)}</p>
${card}`);
}
