import QRCode from 'qrcode';

/**
 * A QR code to show in a page, as an SVG data URL (the `qrcode` package's SVG writer). Not PNG: encoding one
 * (filters, deflate) cost about 10 ms of CPU per code in the bench's payment flow, more than the rest of a
 * startPayment's own work; an SVG costs a fraction of that and an <img> draws it sharp at any size, which a
 * window's scanner reading a phone screen likes too.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
