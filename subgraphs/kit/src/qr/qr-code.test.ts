import QRCode from 'qrcode';
import { qrCodeDataUrl } from './qr-code.js';

describe('qrCodeDataUrl', () => {
  it('is an SVG data URL of exactly the code the qrcode package makes for the text', async () => {
    const url = await qrCodeDataUrl('https://example.invalid/pay?order=1');
    expect(url).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    expect(svg).toBe(await QRCode.toString('https://example.invalid/pay?order=1', { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(await qrCodeDataUrl('another text')).not.toBe(url);
  });
});
