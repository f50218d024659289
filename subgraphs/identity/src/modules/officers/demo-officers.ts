import { type FieldCipher, type Kysely, OfficerRole } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityEnv } from '../../env.js';
import type { PasswordHasher } from './password-hasher.js';

/** Shared by every demo officer. Documented in docs/officers.md; never created in production. */
export const DEMO_OFFICER_PASSWORD = 'Jingtong@Demo2026';

/** One account per role, TOTP already enrolled with a fixed, documented secret (base32). */
export const DEMO_OFFICERS = [
  { username: 'sysadmin', name: '系统管理员', role: OfficerRole.SYSTEM_ADMIN, unitCode: '411000000000', totpSecret: 'JTDEMOSYSADMINAAAAAAAAAAAAAAAAAA' },
  { username: 'secadmin', name: '安全管理员', role: OfficerRole.SECURITY_ADMIN, unitCode: '411000000000', totpSecret: 'JTDEMOSECADMINAAAAAAAAAAAAAAAAAA' },
  { username: 'auditadmin', name: '审计管理员', role: OfficerRole.AUDIT_ADMIN, unitCode: '411000000000', totpSecret: 'JTDEMOAUDITADMINAAAAAAAAAAAAAAAA' },
  { username: 'leader01', name: '王局长', role: OfficerRole.LEADER, unitCode: '411000000000', totpSecret: 'JTDEMOLEADERAAAAAAAAAAAAAAAAAAAA' },
  { username: 'reviewer01', name: '李审核', role: OfficerRole.REVIEWER, unitCode: '411002000000', totpSecret: 'JTDEMOREVIEWERAAAAAAAAAAAAAAAAAA' },
  { username: 'window01', name: '张窗口', role: OfficerRole.WINDOW_OFFICER, unitCode: '411002000000', totpSecret: 'JTDEMOWINDOWAAAAAAAAAAAAAAAAAAAA' },
] as const;

/** On unless asked otherwise, outside production; the env schema refuses DEMO_OFFICERS=on in production. */
export const demoOfficersEnabled = (env: Pick<IdentityEnv, 'NODE_ENV' | 'DEMO_OFFICERS'>) =>
  env.NODE_ENV !== 'production' && (env.DEMO_OFFICERS ?? 'on') === 'on';

/** Idempotent: existing accounts (and whatever was changed on them since) are left alone. */
export async function seedDemoOfficers(db: Kysely<IdentityDatabase>, cipher: FieldCipher, passwords: PasswordHasher): Promise<number> {
  const existing = await db.selectFrom('officers').select('username').where('username', 'in', DEMO_OFFICERS.map((o) => o.username)).execute();
  const missing = DEMO_OFFICERS.filter((o) => !existing.some((e) => e.username === o.username));
  if (missing.length === 0) return 0;
  const passwordHash = await passwords.hash(DEMO_OFFICER_PASSWORD);
  const inserted = await db
    .insertInto('officers')
    .values(
      missing.map((o) => ({
        username: o.username,
        name_enc: cipher.encrypt(o.name),
        phone_enc: null,
        unit_code: o.unitCode,
        roles: [o.role],
        password_hash: passwordHash,
        password_changed_at: new Date(),
        totp_secret_enc: cipher.encrypt(o.totpSecret),
        totp_enrolled_at: new Date(),
      })),
    )
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
