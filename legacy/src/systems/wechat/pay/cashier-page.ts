/**
 * The stand-in's cashier (收银台) pages: what the payer sees after opening h5_url, scanning the
 * Native QR code or being sent from a JSAPI page, in the shared cashier shell. Everything the
 * merchant supplied (description, redirect_url) is escaped.
 */
import { type CashierTheme, cashierShell, detailsList, escapeHtml } from '../../shared/cashier-shell.js';
import type { Trade } from './trades.js';
import { yuanOf } from './yuan.js';

const THEME: CashierTheme = {
  brand: '微信支付',
  accent: '#07c160',
  background: '#ededed',
  text: '#191919',
  muted: '#888',
  extraStyle: `  button.secondary { background: #f2f2f2; color: #191919; margin-top: 12px; }
  a.back { display: block; text-align: center; margin-top: 16px; color: #576b95; font-size: 16px; }`,
};

const page = (title: string, body: string) => cashierShell(THEME, title, body);

export interface CashierContext {
  merchantName: string;
  trade: Trade;
  /** Where the merchant's H5 page asked the payer to be sent back (already checked to be http(s)). */
  redirectUrl?: string | undefined;
}

const details = ({ merchantName, trade }: CashierContext) =>
  detailsList([
    ['商户名称', merchantName],
    ['商品描述', trade.description],
    ['商户订单号', trade.outTradeNo],
  ]);

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
