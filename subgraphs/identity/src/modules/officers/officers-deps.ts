import type { AuditLog, FieldCipher, Kysely } from '@jingtong/kit';
import type { SmsGateway } from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityEnv } from '../../env.js';
import type { IdentityAuditAction } from '../audit/audit-actions.js';
import type { TokenIssuer } from '../tokens/token-issuer.js';
import { demoOfficersEnabled, seedDemoOfficers } from './demo-officers.js';
import { PasswordHasher } from './password-hasher.js';

/** What the officers module works with: its tables, the field cipher, the trail, password hashing and session tokens. */
export interface OfficersDeps {
  db: Kysely<IdentityDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<IdentityAuditAction>;
  /** argon2id. */
  passwords: PasswordHasher;
  tokens: Pick<TokenIssuer, 'issueOfficer'>;
  /** Lifetime of an officer's session token. */
  sessionTtlSeconds: number;
  /** One-time passwords and lock notices go to the officer's own phone, never to an administrator. */
  sms: SmsGateway;
  smsSignName: string;
}

/** Built once per process; seeds the demo officers unless in production or asked not to. */
export async function createOfficersDeps(deps: {
  db: Kysely<IdentityDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<IdentityAuditAction>;
  tokens: Pick<TokenIssuer, 'issueOfficer'>;
  sms: SmsGateway;
  env: Pick<IdentityEnv, 'NODE_ENV' | 'DEMO_OFFICERS' | 'OFFICER_TOKEN_TTL_SECONDS' | 'SMS_SIGN_NAME'>;
}): Promise<OfficersDeps> {
  const passwords = await PasswordHasher.create();
  if (demoOfficersEnabled(deps.env)) await seedDemoOfficers(deps.db, deps.cipher, passwords);
  return { db: deps.db, cipher: deps.cipher, audit: deps.audit, passwords, tokens: deps.tokens, sessionTtlSeconds: deps.env.OFFICER_TOKEN_TTL_SECONDS, sms: deps.sms, smsSignName: deps.env.SMS_SIGN_NAME };
}
