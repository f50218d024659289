import type { HttpCall } from '../../../framework/http-system.js';

/**
 * Where the payer's browser and the merchant reach the stand-in's pages and files: LEGACY_WECHAT_PUBLIC_URL
 * when set (recordings, a proxy in front), else the Host the request came to, as the platform's are on its own.
 */
export function publicBase(call: HttpCall, publicUrl: string | undefined): string {
  if (publicUrl) return `${publicUrl.replace(/\/$/, '')}/wechat`;
  const host = typeof call.headers.host === 'string' && call.headers.host !== '' ? call.headers.host : '127.0.0.1';
  return `http://${host}/wechat`;
}
