import { OfficerRole } from '../access/roles.js';
import type { AuditEntry } from '../audit/audit-log.js';
import type { Caller } from '../caller/caller.js';
import { AppError } from '../errors/app-error.js';
import { InputError } from '../errors/input-error.js';
import { maskIdNumber } from '../pii/mask.js';
import { disclose } from './disclose.js';

const ID = '41100219900101123X';
const caller = (c: Partial<Caller>): Caller => ({ kind: 'anonymous', acr: 0, roles: [], scopes: [], channel: 'direct', requestId: 'r', iat: 0, ...c });
const window = caller({ kind: 'officer', sub: 'o1', unit: '411002000000', roles: [OfficerRole.WINDOW_OFFICER] });
const seal = (text: string) => `sealed:${Buffer.from(text).toString('base64')}`;
const field = { targetKind: 'citizen', targetId: 'c1', field: 'idNumber', value: ID, mask: maskIdNumber };

function audit(fail = false) {
  const rows: AuditEntry[] = [];
  const events: string[] = [];
  return {
    rows,
    events,
    log: {
      // The row is "written" a turn of the event loop later, as a database write is: a disclose() that did not
      // wait for it would show the value first.
      record: async (entry: AuditEntry) => {
        await new Promise((resolve) => setImmediate(resolve));
        if (fail) throw new Error('audit store down');
        rows.push(entry);
        events.push('audit written');
      },
    },
  };
}

describe('disclose(): masked by default, whole only with a purpose that is audited first', () => {
  it('masks without a reveal and writes nothing', async () => {
    const a = audit();
    expect(await disclose({ caller: window, requestId: 'r1', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, null)).toBe(maskIdNumber(ID));
    expect(a.rows).toEqual([]);
  });

  it('shows the whole value to a revealer only after the audit row is written', async () => {
    const a = audit();
    const shown = await disclose({ caller: window, requestId: 'r2', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, { purpose: 'CASE_HANDLING', caseNumber: ' xc20261128-0001 ' }).then((v) => {
      a.events.push('shown');
      return v;
    });
    expect(shown).toBe(ID);
    expect(a.events).toEqual(['audit written', 'shown']);
    expect(a.rows).toEqual([{ action: 'DISCLOSURE', actorKind: 'officer', actorId: 'o1', targetKind: 'citizen', targetId: 'c1', field: 'idNumber', purpose: 'CASE_HANDLING XC20261128-0001', requestId: 'r2' }]);
  });

  it('fails closed: no audit row, no value', async () => {
    const a = audit(true);
    const shown = disclose({ caller: window, requestId: 'r3', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, { purpose: 'CASE_HANDLING', caseNumber: 'XC-0002' });
    await expect(shown).rejects.toThrow('audit store down');
    expect(a.rows).toEqual([]);
  });

  it('refuses other roles, citizens and bad purposes without writing anything', async () => {
    const a = audit();
    const leader = caller({ kind: 'officer', sub: 'o2', unit: '411000000000', roles: [OfficerRole.LEADER] });
    await expect(disclose({ caller: leader, requestId: 'r4', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, { purpose: 'CASE_HANDLING', caseNumber: 'XC-0003' })).rejects.toBeInstanceOf(AppError);
    await expect(disclose({ caller: caller({ kind: 'citizen', sub: 'c1' }), requestId: 'r5', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, { purpose: 'CASE_HANDLING', caseNumber: 'XC-0004' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(disclose({ caller: window, requestId: 'r6', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal }, field, { purpose: 'x' })).rejects.toBeInstanceOf(InputError);
    const d = { caller: window, requestId: 'r7', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal };
    // What was once kept in clear: an ID number, a bidi override, a JNDI lookup, typed as the purpose or the number.
    await expect(disclose(d, field, { purpose: '受理编号 XC-0005' })).rejects.toMatchObject({ reason: 'FORMAT_INVALID', field: 'purpose' });
    for (const caseNumber of [ID, 'XC\u202e20261128', ['$', '{jndi:ldap://x/a}'].join(''), '13800138000', 'XC2026 1128'])
      await expect(disclose(d, field, { purpose: 'CASE_HANDLING', caseNumber })).rejects.toMatchObject({ reason: 'FORMAT_INVALID', field: 'caseNumber' });
    await expect(disclose(d, field, { purpose: 'CASE_HANDLING', note: '核对\u202e材料' })).rejects.toMatchObject({ reason: 'TEXT_INVALID', field: 'note' });
    await expect(disclose(d, field, { purpose: 'CASE_HANDLING', note: '长'.repeat(61) })).rejects.toMatchObject({ reason: 'TEXT_INVALID', field: 'note' });
    expect(a.rows).toEqual([]);
  });

  it('keeps a remark only sealed, never in clear', async () => {
    const a = audit();
    const d = { caller: window, requestId: 'r8', audit: a.log, revealers: [OfficerRole.WINDOW_OFFICER], seal };
    expect(await disclose(d, field, { purpose: 'IDENTITY_VERIFICATION', note: `\${jndi:ldap://x/a} ${ID}` })).toBe(ID);
    expect(a.rows).toEqual([expect.objectContaining({ purpose: 'IDENTITY_VERIFICATION', details: { note: seal(`\${jndi:ldap://x/a} ${ID}`) } })]);
    expect(JSON.stringify(a.rows)).not.toContain('jndi');
  });
});
