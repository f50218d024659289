/**
 * What the recordings are pinned to, so that re-recording gives the same files: the request time the
 * HTTP cases sign with, the payment platforms' clock (frozen at the same instant: trade numbers,
 * send_pay_date, refund times) and the address the Alipay stand-in puts in the URLs it hands out.
 */
export const RECORDED_AT = '2026-11-01 09:30:00';
export const RECORDING_NOW = Date.parse('2026-11-01T09:30:00+08:00');
/** The stand-in's default address (legacy/.env.template): what qr_code and bill_download_url name. */
export const RECORDING_PUBLIC_URL = 'http://127.0.0.1:4900';
