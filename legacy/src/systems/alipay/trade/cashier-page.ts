/**
 * The stand-in's cashier (收银台) pages: what the buyer sees after scanning the QR code or being
 * sent to wap.pay, in the shared cashier shell. Everything the merchant supplied (subject) is escaped.
 */
import { type CashierTheme, cashierShell, detailsList, escapeHtml } from '../../shared/cashier-shell.js';
import type { Trade } from './trades.js';
import { yuanOf } from './yuan.js';

const THEME: CashierTheme = {
  brand: '支付宝 · 收银台',
  accent: '#1677ff',
  background: '#f5f5f5',
  text: '#333',
  muted: '#999',
  extraStyle: '  .cancel { display: block; text-align: center; margin-top: 14px; color: #666; font-size: 15px; }',
};

const page = (title: string, body: string) => cashierShell(THEME, title, body);

const details = (merchantName: string, trade: Trade) =>
  detailsList([
    ['商户名称', merchantName],
    ['商品名称', trade.subject],
    ['订单号', trade.outTradeNo],
  ]);

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
