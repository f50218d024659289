// The demo officers' sign-in, TOTP code included, for `npm start`'s banner and `npm run demo:totp`.
// Development only: identity seeds these accounts only outside production (DEMO_OFFICERS).
import { pathToFileURL } from 'node:url';
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICERS } from '@jingtong/identity';
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

const ROLE_LABELS: Record<string, string> = {
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDIT_ADMIN: '审计管理员',
  LEADER: '领导',
  REVIEWER: '审核民警',
  WINDOW_OFFICER: '窗口民警',
};

export interface DemoOfficerSignIn {
  username: string;
  name: string;
  role: string;
  roleLabel: string;
  unitCode: string;
  /** Where the officer's one-time passwords go (read them in the SMS stand-in's outbox, /__legacy/sms). */
  phone: string;
  password: string;
  /** The TOTP code valid now (identity also accepts the previous and the next one). */
  totp: string;
  /** Until the next code. */
  secondsLeft: number;
}

/** Every demo officer with the code their authenticator app would show at `now`. */
export function demoOfficerSignIns(now = Date.now()): DemoOfficerSignIn[] {
  const secondsLeft = PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS);
  return DEMO_OFFICERS.map((officer) => ({
    username: officer.username,
    name: officer.name,
    role: officer.role,
    roleLabel: ROLE_LABELS[officer.role] ?? officer.role,
    unitCode: officer.unitCode,
    phone: officer.phone,
    password: DEMO_OFFICER_PASSWORD,
    // The same parameters as identity's own check (officers/totp.ts): SHA1, 6 digits, 30 s.
    totp: new TOTP({ algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(officer.totpSecret) }).generate({ timestamp: now }),
    secondsLeft,
  }));
}

// CJK characters take two columns in a terminal.
const width = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));

/** A fixed-width table, one officer a line, e.g. for the start banner. */
export function formatDemoOfficers(rows: readonly DemoOfficerSignIn[] = demoOfficerSignIns()): string {
  const table = [['用户名', '角色', '姓名', '单位', '手机号', '密码', '动态码'], ...rows.map((r) => [r.username, r.roleLabel, r.name, r.unitCode, r.phone, r.password, r.totp])];
  const columns = table[0].map((_, i) => Math.max(...table.map((row) => width(row[i]))));
  const lines = table.map((row) => row.map((cell, i) => pad(cell, columns[i])).join('  ').trimEnd());
  const left = rows[0]?.secondsLeft ?? PERIOD_SECONDS;
  return [
    ...lines,
    `动态码 ${left} 秒后更新（npm run demo:totp 持续刷新）`,
    '管理员账号的重置由安全管理员申请，须由另一名同角色管理员在「待审批」中批准（安全管理员的重置：第三名安全管理员）；一次性密码见短信发件箱',
  ].join('\n');
}

/** `npm run demo:totp`: the table, redrawn every second until Ctrl+C; `--once` prints it once. */
function main(args: readonly string[]): void {
  if (args.includes('--once') || !process.stdout.isTTY) {
    console.log(formatDemoOfficers());
    return;
  }
  const draw = () => process.stdout.write(`\x1b[H\x1b[2J民警演示账号（仅限开发环境）\n\n${formatDemoOfficers()}\n`);
  draw();
  const timer = setInterval(draw, 1000);
  process.once('SIGINT', () => {
    clearInterval(timer);
    process.stdout.write('\n');
    process.exit(0);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
