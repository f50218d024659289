import type { FieldCipher, Kysely } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import { demoOfficersEnabled, seedDemoOfficers } from './demo-officers.js';
import { PasswordHasher } from './password-hasher.js';

/** What the officers module needs: its tables, the field cipher, and whether demo officers are seeded. */
export async function createOfficersDeps(deps: { db: Kysely<IdentityDatabase>; cipher: FieldCipher; env: Parameters<typeof demoOfficersEnabled>[0] }) {
  const passwords = await PasswordHasher.create();
  if (demoOfficersEnabled(deps.env)) await seedDemoOfficers(deps.db, deps.cipher, passwords);
  return { passwords };
}
