// First accounts of a fresh (production) deployment, where no demo officers exist and no administrator
// can yet create anyone: one officer per run, for a role nobody holds yet, with a one-time password.
// The officer then signs in, enrols an authenticator and sets their own password, like any new account.
//
//   npm run officer:bootstrap -w @jingtong/identity -- --role SYSTEM_ADMIN --username admin --name 张三 --unit 411000000000
//
// Run it three times (SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN) for three different people; from then on
// accounts are made in the console. The run is audited (CONFIG_CHANGED, actor "system").
import { parseArgs } from 'node:util';
import { createDatabase, FieldCipher, keyringFromEnv, SqlAuditLog, sql } from '@jingtong/kit';
import { migrations } from '../src/db/migrations/index.js';
import type { IdentityDatabase } from '../src/db/identity-database.js';
import { loadIdentityEnv } from '../src/env.js';
import { PasswordHasher } from '../src/modules/officers/password-hasher.js';
import { temporaryPassword } from '../src/modules/officers/password-policy.js';
import { checkRoleSet } from '../src/modules/officers/roles.js';
import { normalizeUsername, USERNAME } from '../src/modules/officers/username.js';

const { values } = parseArgs({ options: { role: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' } } });
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
const role = values.role ?? fail('--role is required');
const username = normalizeUsername(values.username ?? fail('--username is required'));
const name = values.name?.trim() || fail('--name is required');
const unitCode = values.unit ?? '411000000000';
if (!checkRoleSet([role]).ok) fail(`unknown role ${role}`);
if (!USERNAME.test(username)) fail('username: a letter, then 2-31 letters, digits, . _ -');

const env = loadIdentityEnv();
const database = await createDatabase<IdentityDatabase>({ name: 'identity', databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA, migrations });
try {
  const cipher = new FieldCipher(keyringFromEnv(process.env));
  const holder = await database.db.selectFrom('officers').select('id').where(sql<boolean>`${role} = any(roles)`).where('disabled', '=', false).executeTakeFirst();
  if (holder) fail(`an active officer already holds ${role}: accounts are made in the console (system administrator), roles granted there (security administrator)`);
  if (!(await database.db.selectFrom('units').select('code').where('code', '=', unitCode).executeTakeFirst())) fail(`unknown unit ${unitCode}`);

  const password = temporaryPassword();
  const officer = await database.db
    .insertInto('officers')
    .values({
      username,
      name_enc: cipher.encrypt(name),
      phone_enc: null,
      unit_code: unitCode,
      roles: [role],
      password_hash: await (await PasswordHasher.create()).hash(password),
      password_changed_at: null,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!officer) fail(`username ${username} is taken`);
  await new SqlAuditLog(database.db).record({
    action: 'CONFIG_CHANGED',
    actorKind: 'system',
    targetKind: 'officer',
    targetId: officer.id,
    requestId: `bootstrap-${Date.now()}`,
    details: { change: 'OFFICER_BOOTSTRAPPED', unitCode, roles: [role] },
  });
  console.log(`created ${username} (${role}) in ${unitCode}\none-time password: ${password}\nsign in at the console: enrol an authenticator, then set a new password`);
} finally {
  await database.close();
}
