import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = '警通';
const PERIOD = 30;

const totpFor = (secretBase32: string, label = 'officer') =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The current 30-second step. */
export const totpStep = (now = Date.now()) => Math.floor(now / 1000 / PERIOD);

/**
 * The step a code belongs to (one step either side of now, for clock drift), or null.
 * Whether that step was already used is the caller's business (see `consumeTotpStep`).
 */
export function matchTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.trim();
  if (!/^[0-9]{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}

export async function totpEnrolment(secretBase32: string, username: string): Promise<{ otpauthUri: string; qrCodeDataUrl: string }> {
  const otpauthUri = totpFor(secretBase32, username).toString();
  return { otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 240 }) };
}
