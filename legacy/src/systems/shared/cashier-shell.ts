/**
 * The page shell both payment stand-ins' cashiers (收银台) share: one self-contained HTML page (inline CSS,
 * no scripts or external assets), readable on a phone, in the platform's own colours. Each platform's page
 * module fills in its cards and forms; everything a merchant supplied is escaped with `escapeHtml`.
 */

/** Text or attribute content: the five characters HTML gives meaning to. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface CashierTheme {
  /** The header's text (支付宝 · 收银台, 微信支付). */
  brand: string;
  /** The platform's colour: header and main button. */
  accent: string;
  background: string;
  text: string;
  muted: string;
  /** Rules only one platform's page uses. */
  extraStyle?: string;
}

const styleOf = (theme: CashierTheme) => `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; background: ${theme.background}; color: ${theme.text}; }
  header { background: ${theme.accent}; color: #fff; padding: 14px 16px; font-size: 17px; }
  main { padding: 16px; max-width: 480px; margin: 0 auto; }
  .card { background: #fff; border-radius: 8px; padding: 20px 16px; margin-bottom: 16px; }
  .amount { font-size: 34px; font-weight: 600; text-align: center; margin: 8px 0 16px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 12px; margin: 0; font-size: 15px; }
  dt { color: ${theme.muted}; } dd { margin: 0; word-break: break-all; }
  button { width: 100%; padding: 13px; font-size: 17px; border: 0; border-radius: 6px; background: ${theme.accent}; color: #fff; }
  .notice { text-align: center; font-size: 18px; margin: 12px 0; }
  .detail { text-align: center; color: ${theme.muted}; font-size: 14px; }
${theme.extraStyle ?? ''}`;

export function cashierShell(theme: CashierTheme, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styleOf(theme)}</style>
</head>
<body>
<header>${escapeHtml(theme.brand)}</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The trade's facts as a definition list: label → value, values escaped. */
export const detailsList = (rows: ReadonlyArray<readonly [string, string]>) => `<dl>
${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>`;
