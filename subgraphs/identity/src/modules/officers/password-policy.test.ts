import { passwordExpired, passwordProblem, temporaryPassword } from './password-policy.js';

describe('password policy', () => {
  it('accepts 12+ characters of three classes without the username', () => {
    expect(passwordProblem('Xuchang-2026-police', 'zhangsan')).toBeNull();
    expect(passwordProblem('xuchang2026police!', 'zhangsan')).toBeNull();
  });

  it('refuses short, two-class and username-containing passwords, in Chinese', () => {
    expect(passwordProblem('Ab1!Ab1!', 'x')).toBe('密码长度至少 12 位');
    expect(passwordProblem('abcdefghijklmn12', 'x')).toMatch(/三类/);
    expect(passwordProblem('Zhangsan-2026-x', 'zhangsan')).toBe('密码不能包含用户名');
  });

  it('expires after 90 days; a temporary password (no change date) is expired at once', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(passwordExpired(new Date('2026-11-01T00:00:00Z'), now)).toBe(false);
    expect(passwordExpired(new Date('2026-09-01T00:00:00Z'), now)).toBe(true);
    expect(passwordExpired(null, now)).toBe(true);
  });

  it('makes temporary passwords that pass the policy', () => {
    for (let i = 0; i < 50; i++) expect(passwordProblem(temporaryPassword(), 'officer01')).toBeNull();
  });
});
