import { type FieldCipher, type Kysely, OfficerRole } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityEnv } from '../../env.js';
import type { PasswordHasher } from './password-hasher.js';

/** Shared by every demo officer. Documented in docs/officers.md; never created in production. */
export const DEMO_OFFICER_PASSWORD = 'Jingtong@Demo2026';

/**
 * TOTP already enrolled with a fixed, documented secret (base32), and a mobile of its own (the SMS stand-in's
 * outbox at /__legacy/sms shows what is texted to it). Two system and two audit administrators and three
 * security administrators, so that every administrator's reset can be requested (by a security administrator)
 * and approved (by another holder of the target's role, neither the requester nor the target) in the demo.
 */
export const DEMO_OFFICERS = [
  { username: 'sysadmin', name: '系统管理员', role: OfficerRole.SYSTEM_ADMIN, unitCode: '411000000000', phone: '17303740001', totpSecret: 'JTDEMOSYSADMINAAAAAAAAAAAAAAAAAA' },
  { username: 'sysadmin2', name: '系统管理员乙', role: OfficerRole.SYSTEM_ADMIN, unitCode: '411000000000', phone: '17303740002', totpSecret: 'JTDEMOSYSADMINBBBBBBBBBBBBBBBBBB' },
  { username: 'secadmin', name: '安全管理员', role: OfficerRole.SECURITY_ADMIN, unitCode: '411000000000', phone: '17303740011', totpSecret: 'JTDEMOSECADMINAAAAAAAAAAAAAAAAAA' },
  { username: 'secadmin2', name: '安全管理员乙', role: OfficerRole.SECURITY_ADMIN, unitCode: '411000000000', phone: '17303740012', totpSecret: 'JTDEMOSECADMINBBBBBBBBBBBBBBBBBB' },
  { username: 'secadmin3', name: '安全管理员丙', role: OfficerRole.SECURITY_ADMIN, unitCode: '411000000000', phone: '17303740013', totpSecret: 'JTDEMOSECADMINCCCCCCCCCCCCCCCCCC' },
  { username: 'auditadmin', name: '审计管理员', role: OfficerRole.AUDIT_ADMIN, unitCode: '411000000000', phone: '17303740021', totpSecret: 'JTDEMOAUDITADMINAAAAAAAAAAAAAAAA' },
  { username: 'auditadmin2', name: '审计管理员乙', role: OfficerRole.AUDIT_ADMIN, unitCode: '411000000000', phone: '17303740022', totpSecret: 'JTDEMOAUDITADMINBBBBBBBBBBBBBBBB' },
  { username: 'leader01', name: '王局长', role: OfficerRole.LEADER, unitCode: '411000000000', phone: '17303740031', totpSecret: 'JTDEMOLEADERAAAAAAAAAAAAAAAAAAAA' },
  { username: 'reviewer01', name: '李审核', role: OfficerRole.REVIEWER, unitCode: '411002000000', phone: '17303740041', totpSecret: 'JTDEMOREVIEWERAAAAAAAAAAAAAAAAAA' },
  { username: 'window01', name: '张窗口', role: OfficerRole.WINDOW_OFFICER, unitCode: '411002000000', phone: '17303740051', totpSecret: 'JTDEMOWINDOWAAAAAAAAAAAAAAAAAAAA' },
] as const;

/** On unless asked otherwise, outside production; the env schema refuses DEMO_OFFICERS=on in production. */
export const demoOfficersEnabled = (env: Pick<IdentityEnv, 'NODE_ENV' | 'DEMO_OFFICERS'>) =>
  env.NODE_ENV !== 'production' && (env.DEMO_OFFICERS ?? 'on') === 'on';

/**
 * Idempotent: existing accounts (and whatever was changed on them since) are left alone, except that one
 * seeded before demo officers had phones gets its documented phone (a reset answers CONTACT_PHONE_REQUIRED without).
 */
export async function seedDemoOfficers(db: Kysely<IdentityDatabase>, cipher: FieldCipher, passwords: PasswordHasher): Promise<number> {
  const existing = await db.selectFrom('officers').select(['username', 'phone_enc']).where('username', 'in', DEMO_OFFICERS.map((o) => o.username)).execute();
  for (const demo of DEMO_OFFICERS.filter((o) => existing.some((e) => e.username === o.username && e.phone_enc === null))) {
    await db.updateTable('officers').set({ phone_enc: cipher.encrypt(demo.phone) }).where('username', '=', demo.username).where('phone_enc', 'is', null).execute();
  }
  const missing = DEMO_OFFICERS.filter((o) => !existing.some((e) => e.username === o.username));
  if (missing.length === 0) return 0;
  const passwordHash = await passwords.hash(DEMO_OFFICER_PASSWORD);
  const inserted = await db
    .insertInto('officers')
    .values(
      missing.map((o) => ({
        username: o.username,
        name_enc: cipher.encrypt(o.name),
        phone_enc: cipher.encrypt(o.phone),
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
