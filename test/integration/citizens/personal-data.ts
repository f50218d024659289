import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import { auditRows, CitizenSession, claimsOf, masked, type People, wechatSignIn } from '../citizens.support.js';
import type { CitizensPart } from './citizens-world.js';

/** Masked by default; whole only for an officer who states a purpose, and only once that is audited. */
export const personalData: CitizensPart = {
  title: 'personal data',
  define(world) {
    let stack: Stack;
    let people: People;
    let officers: OfficerKit;
    beforeAll(() => {
      ({ stack, people, officers } = world);
    });

    const LOOKUP = `query($id: String!, $r: RevealInput) { citizenByIdNumber(idNumber: $id) { id name(reveal: $r) idNumber(reveal: $r) phone } }`;
    const reveal = { purpose: 'CASE_HANDLING', caseNumber: 'XC20261128-0001' };

    /** A citizen at level 1, with the officer's view of them. */
    const verifiedCitizen = async (tag: string) => {
      const person = people.take();
      const session = new CitizenSession(stack, (await wechatSignIn(stack, `wx-${tag}-${person.idNumber.slice(-6)}`)).token!);
      await session.verifyBasic(person);
      return { person, session, citizenId: claimsOf(session.token).sub };
    };
    const disclosuresOf = async (citizenId: string) => (await auditRows(stack, 'DISCLOSURE')).filter((r) => r.target_id === citizenId);

    it('returns masked values; an officer who states a purpose sees them whole, and the disclosure is audited first', async () => {
      const { person, session, citizenId } = await verifiedCitizen('m');
      const window = await officers.demo('window01');
      const maskedView = (await stack.graphql(LOOKUP, { id: person.idNumber }, window)).body.data.citizenByIdNumber;
      expect(maskedView).toEqual({ id: citizenId, name: masked.name(person.name), idNumber: masked.idNumber(person.idNumber), phone: masked.phone(person.phone) });
      expect(await disclosuresOf(citizenId)).toHaveLength(0);

      // A remark is kept sealed in the audit row: the at-rest check looks for it in clear.
      const note = `核对${person.name}的户籍迁移材料`;
      world.written.set(note, 'reveal note');
      const revealed = await stack.graphql(LOOKUP, { id: person.idNumber, r: { ...reveal, note } }, window);
      expect(revealed.body.data.citizenByIdNumber).toEqual({ id: citizenId, name: person.name, idNumber: person.idNumber, phone: masked.phone(person.phone) });
      const requestId = revealed.headers.get('x-request-id');
      const rows = await disclosuresOf(citizenId);
      expect(rows.map((r) => r.field).sort()).toEqual(['idNumber', 'name']);
      for (const row of rows) {
        expect(row).toMatchObject({ actor_kind: 'officer', actor_id: expect.any(String), target_kind: 'citizen', purpose: 'CASE_HANDLING XC20261128-0001', request_id: requestId });
        expect(stack.identityDeps.cipher.decrypt(JSON.parse(row.details!).note)).toBe(note);
      }

      const badNumber = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: 'CASE_HANDLING', caseNumber: 'x' } }, window);
      expect(badNumber.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseNumber' });
      const leader = await stack.graphql(LOOKUP, { id: person.idNumber, r: reveal }, await officers.demo('leader01'));
      expect(leader.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      const own = await session.gql(`query($r: RevealInput) { me { idNumber(reveal: $r) } }`, { r: reveal });
      expect(own.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await session.gql(`{ citizenByIdNumber(idNumber: "${person.idNumber}") { id } }`)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(await disclosuresOf(citizenId)).toHaveLength(2);
    });

    it('fails closed: when the disclosure cannot be audited, nothing is shown whole', async () => {
      const { person, citizenId } = await verifiedCitizen('fc');
      const window = await officers.demo('window01');
      // The trail refuses DISCLOSURE rows (the look-up's own row still goes in): the write is tried, and fails.
      const audit = stack.identityDeps.audit;
      const record = audit.record.bind(audit);
      const tried: string[] = [];
      audit.record = async (entry, options) => {
        if (entry.action !== 'DISCLOSURE') return record(entry, options);
        tried.push(entry.field!);
        throw new Error('audit store down');
      };
      let refused: Awaited<ReturnType<Stack['graphql']>>;
      try {
        refused = await stack.graphql(LOOKUP, { id: person.idNumber, r: reveal }, window);
      } finally {
        audit.record = record;
      }
      expect(tried.sort()).toEqual(['idNumber', 'name']);
      const text = JSON.stringify(refused.body);
      expect(text).not.toContain(person.idNumber);
      expect(text).not.toContain(person.name);
      expect(refused.body.errors!.map((e) => [e.path?.at(-1), e.extensions!.code]).sort()).toEqual([
        ['idNumber', 'INTERNAL_SERVER_ERROR'],
        ['name', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(await disclosuresOf(citizenId)).toHaveLength(0);
      // With the trail back, the same request shows the values, audited.
      const shown = await stack.graphql(LOOKUP, { id: person.idNumber, r: reveal }, window);
      expect(shown.body.data.citizenByIdNumber).toMatchObject({ name: person.name, idNumber: person.idNumber });
      expect(await disclosuresOf(citizenId)).toHaveLength(2);
    });
  },
};
