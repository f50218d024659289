import { TOTP, Secret } from 'otpauth';
import { matchTotp, newTotpSecret, totpEnrolment, totpStep } from './totp.js';

const codeAt = (secret: string, step: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * 30_000 });

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 28, 9, 0, 10);
  const step = totpStep(now);

  it('matches the current step and one either side (clock drift), returning the step', () => {
    expect(matchTotp(secret, codeAt(secret, step), now)).toBe(step);
    expect(matchTotp(secret, codeAt(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, ` ${codeAt(secret, step + 1)} `, now)).toBe(step + 1);
  });

  it('refuses codes two steps away, and anything that is not six digits', () => {
    const far = codeAt(secret, step + 2);
    const near = new Set([-1, 0, 1].map((d) => codeAt(secret, step + d)));
    if (!near.has(far)) expect(matchTotp(secret, far, now)).toBeNull();
    expect(matchTotp(secret, '', now)).toBeNull();
    expect(matchTotp(secret, '12345a', now)).toBeNull();
    expect(matchTotp(secret, '1234567', now)).toBeNull();
  });

  it('gives an otpauth URI (SHA1, 6 digits, 30 s) and a QR code for enrolment', async () => {
    const { otpauthUri, qrCodeDataUrl } = await totpEnrolment(secret, 'window01');
    expect(otpauthUri).toBe(`otpauth://totp/%E8%AD%A6%E9%80%9A:window01?issuer=%E8%AD%A6%E9%80%9A&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
  });
});
