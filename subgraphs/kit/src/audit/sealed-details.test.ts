import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import { pino } from 'pino';
import { OfficerRole } from '../access/roles.js';
import type { Caller } from '../caller/caller.js';
import { disclose } from '../disclosure/disclose.js';
import { FieldCipher } from '../pii/field-cipher.js';
import { maskIdNumber } from '../pii/mask.js';
import { AUDIT_CHAIN_DEV_KEY } from './audit-chain-key.js';
import { configureAuditChain } from './audit-chain-registry.js';
import { createAuditTables, type AuditDatabase } from './audit-table.js';
import { auditPage, type AuditTrailContext } from './graphql/audit-trail.resolver.js';
import { openSealedDetails } from './sealed-details.js';
import { SqlAuditLog } from './sql-audit-log.js';

const ID = '41100219900101123X';
const NOTE = `核对 ${ID} 的户籍材料`;
const cipherWith = (id: string, byte: number) => new FieldCipher({ currentKeyId: id, keys: new Map([[id, Buffer.alloc(32, byte)]]), indexKey: Buffer.alloc(32, 9) });
const officer = (sub: string, role: OfficerRole): Caller => ({ kind: 'officer', sub, unit: '411000000000', roles: [role], acr: 2, scopes: [], channel: 'console', requestId: `r-${sub}`, iat: 0 });

describe('a disclosure’s sealed remark: encrypted at rest, opened in the audit administrator’s view only', () => {
  const cipher = cipherWith('k1', 1);
  let db: Kysely<AuditDatabase>;
  let audit: SqlAuditLog;
  const ctx = (caller: Caller): AuditTrailContext => ({ caller, requestId: caller.requestId, auditDb: db, logger: pino({ level: 'silent' }), unseal: (s) => cipher.decrypt(s) });

  beforeAll(async () => {
    db = new Kysely<AuditDatabase>({ dialect: new PGliteDialect({ pglite: new PGlite() }) });
    await createAuditTables(db as Kysely<unknown>);
    configureAuditChain(db, { key: AUDIT_CHAIN_DEV_KEY, witnessIntervalMs: 0 });
    audit = new SqlAuditLog(db);
    const window = officer('o-window', OfficerRole.WINDOW_OFFICER);
    const d = { caller: window, requestId: 'r-reveal', audit, revealers: [OfficerRole.WINDOW_OFFICER], seal: (text: string) => cipher.encrypt(text) };
    const field = { targetKind: 'citizen', targetId: 'c1', field: 'idNumber', value: ID, mask: maskIdNumber };
    expect(await disclose(d, field, { purpose: 'CASE_HANDLING', note: NOTE })).toBe(ID);
    // Another action whose details happen to have a `note`: not the kit's to open.
    await audit.record({ action: 'CONFIG_CHANGED', actorKind: 'officer', actorId: 'o-admin', requestId: 'r-config', details: { note: 'plain words' } }, { trx: db });
  }, 30_000);

  afterAll(async () => {
    await db.destroy();
  });

  it('stores the remark sealed: neither the row nor its details hold the text', async () => {
    const row = await db.selectFrom('audit_log').select(['details']).where('action', '=', 'DISCLOSURE').executeTakeFirstOrThrow();
    expect(row.details).not.toContain('核对');
    expect(row.details).not.toContain(ID);
    expect(cipher.decrypt(JSON.parse(row.details!).note)).toBe(NOTE);
  });

  it('shows the audit administrator the remark in clear, and other rows as stored', async () => {
    const page = await auditPage(ctx(officer('o-audit', OfficerRole.AUDIT_ADMIN)), null, 10, null);
    const disclosure = page.nodes.find((n) => n.action === 'DISCLOSURE')!;
    expect(JSON.parse(disclosure.details!)).toEqual({ note: NOTE });
    const config = page.nodes.find((n) => n.action === 'CONFIG_CHANGED')!;
    expect(JSON.parse(config.details!)).toEqual({ note: 'plain words' });
  });

  it('opens nothing for anyone else', async () => {
    for (const role of [OfficerRole.SECURITY_ADMIN, OfficerRole.SYSTEM_ADMIN, OfficerRole.WINDOW_OFFICER]) {
      await expect(auditPage(ctx(officer(`o-${role}`, role)), null, 10, null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('flags a remark that does not open (another key) instead of failing the page', () => {
    const foreign = cipherWith('k0', 2).encrypt(NOTE);
    const details = openSealedDetails('DISCLOSURE', JSON.stringify({ note: foreign }), (s) => cipher.decrypt(s));
    expect(JSON.parse(details!)).toEqual({ note: foreign, noteUnreadable: true });
    expect(openSealedDetails('DISCLOSURE', 'not json', (s) => cipher.decrypt(s))).toBe('not json');
    expect(openSealedDetails('DISCLOSURE', null, (s) => cipher.decrypt(s))).toBeNull();
  });
});
