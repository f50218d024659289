import { randomInt } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** MLPS level 3: passwords are changed at least every 90 days. */
export const PASSWORD_MAX_AGE_DAYS = 90;

const CLASSES: Array<[RegExp, string]> = [
  [/[A-Z]/, '大写字母'],
  [/[a-z]/, '小写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** Null when acceptable, otherwise why not (Chinese, shown to the officer). */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码长度至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码长度不能超过 ${PASSWORD_MAX_LENGTH} 位`;
  const classes = CLASSES.filter(([re]) => re.test(password)).length;
  if (classes < 3) return '密码须至少包含大写字母、小写字母、数字、符号中的三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Passwords past this date must be changed before the officer may work again. */
export const passwordExpiresAt = (changedAt: Date | null): Date | null =>
  changedAt ? new Date(changedAt.getTime() + PASSWORD_MAX_AGE_DAYS * 86_400_000) : null;

export const passwordExpired = (changedAt: Date | null, now = new Date()) => {
  const expires = passwordExpiresAt(changedAt);
  return !expires || expires.getTime() <= now.getTime();
};

// No look-alikes (0/O, 1/l/I): an administrator reads this to the officer.
const ALPHABET = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnpqrstuvwxyz',
  digit: '23456789',
  symbol: '#$%&*+=?@',
};

/** A one-time password for a new or reset account: 16 characters, all four classes, changed at first sign-in. */
export function temporaryPassword(): string {
  const all = Object.values(ALPHABET).join('');
  const chars = Object.values(ALPHABET).map((set) => set[randomInt(set.length)]);
  while (chars.length < 16) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
