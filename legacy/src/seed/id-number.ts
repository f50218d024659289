/**
 * GB 11643-1999 citizen ID numbers: 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd = male), 1 check character (ISO 7064 MOD 11-2). The generator computes the check
 * digit by hand; tests verify the result independently with validator's isIdentityCard.
 */
import validator from 'validator';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** birthDate as YYYY-MM-DD; sequence 0..999 whose parity must match the gender. */
export function makeIdNumber(region: string, birthDate: string, sequence: number): string {
  const first17 = region + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0');
  return first17 + checkCharacter(first17);
}

/** Format, region, birth date and check digit, as the real systems check them. */
export function isValidIdNumber(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value) && validator.isIdentityCard(value, 'zh-CN');
}
