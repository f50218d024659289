import { sharedOfficerKit, type OfficerKit } from '../../kit/officers.js';
import type { HostileArea } from '../hostile-world.js';

const LOOKUP = `query($id: String!) { citizenByIdNumber(idNumber: $id) { id idNumber name } }`;
const VERIFY = `query($id: String!, $name: String!) { verifyPerson(idNumber: $id, name: $name) { match } }`;

/** A valid GB 11643 ID number (check digit included) for a region and birth date. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/**
 * Issue 7 item 16: officers look up only citizens registered (户籍) in their bureau's city, every
 * look-up is audited (masked ones too, the ID number digested), and verifyPerson has a daily budget
 * per partner.
 */
export const lookups: HostileArea = {
  title: 'citizen look-ups and the verifyPerson oracle (issue 7 item 16)',
  define(world) {
    let kit: OfficerKit;
    beforeAll(() => {
      kit = sharedOfficerKit(world.stack);
    });
    const lookupRows = (actorId: string) =>
      world.stack.identityDeps.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'CITIZEN_LOOKUP').where('actor_id', '=', actorId).execute();

    it("refuses a look-up outside the officer's city and audits every look-up, masked or not", async () => {
      const person = world.stack.legacy.seed.persons.filter((p) => !world.stack.legacy.seed.fugitives().includes(p.idNumber)).at(-7)!;
      await world.stack.signIn(person.idNumber);
      const officer = await kit.create({ unitCode: '411002000000', roles: ['WINDOW_OFFICER'] });

      const masked = await world.stack.graphql(LOOKUP, { id: person.idNumber }, officer.token);
      expect(masked.body.errors).toBeUndefined();
      expect(masked.body.data.citizenByIdNumber.idNumber).not.toBe(person.idNumber);
      const missing = await world.stack.graphql(LOOKUP, { id: idNumber('411002', '19700101', '998') }, officer.token);
      expect(missing.body.data.citizenByIdNumber).toBeNull();
      const elsewhere = await world.stack.graphql(LOOKUP, { id: idNumber('410102', '19900101', '123') }, officer.token);
      expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('CITIZEN_OUT_OF_SCOPE');
      expect(elsewhere.body.errors?.[0]?.message).toBe('该公民户籍地不在本单位辖区，无权查询');

      const rows = await lookupRows(officer.id);
      const outcomes = rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details).outcome);
      expect(outcomes.sort()).toEqual(['FOUND', 'NOT_FOUND', 'OUT_OF_SCOPE']);
      expect(JSON.stringify(rows)).not.toContain(person.idNumber);
    }, 90_000);

    it('budgets verifyPerson per partner and day', async () => {
      const issued = await world.stack.graphql(
        `mutation($input: IssuePartnerKeyInput!) { issuePartnerKey(input: $input) { secret key { partnerId } error { code } } }`,
        { input: { partnerName: `核验预算测试${Date.now().toString(36)}`, scopes: ['identity.person:verify'], ratePerMinute: 600, costBudgetPerDay: 100_000 } },
        await kit.demo('sysadmin'),
      );
      const { secret, key } = issued.body.data.issuePartnerKey;
      const person = world.stack.legacy.seed.persons.at(-8)!;
      const verify = () => world.stack.graphql(VERIFY, { id: person.idNumber, name: person.name }, undefined, { 'x-api-key': secret });
      expect((await verify()).body.data.verifyPerson).toEqual({ match: true });
      // Most of today's budget used (as if by a name-guessing loop): the last check passes, the next is refused.
      const limit = world.stack.identityDeps.partners.verifyDailyLimit;
      await world.stack.identityDeps.database.db.updateTable('partner_verify_counts').set({ count: limit - 1 }).where('partner_id', '=', key.partnerId).execute();
      expect((await verify()).body.data.verifyPerson).toEqual({ match: true });
      const refused = await verify();
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('VERIFY_BUDGET_EXCEEDED');
      expect(refused.body.errors?.[0]?.message).toBe('今日核验次数已用完，请明日再试');
    }, 90_000);
  },
};
