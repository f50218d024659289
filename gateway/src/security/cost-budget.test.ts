import { operationOf, startStubbedGateway, type StubbedGateway } from '../testing/stubbed-gateway.js';

const KEY = `jt_live_${'a'.repeat(12)}_${'B'.repeat(43)}`;
const BUDGET = 10;
// Five fields: a cost of 5 (1 per field), so two of them spend the whole budget.
const FIVE = '{ vehicle(plate: "豫K·A1234") { plate brand model color } }';

/** A partner's daily budget of query cost, charged per operation before anything runs (cost-budget.ts). */
describe('the partner cost budget', () => {
  let gateway: StubbedGateway;
  beforeAll(async () => {
    gateway = await startStubbedGateway({
      identity: ({ path }) =>
        path === '/internal/partner-keys/resolve'
          ? { json: { partnerId: 'p-budget', keyId: 'k-budget', name: '某单位', scopes: ['traffic.vehicle:read'], ratePerMinute: 1000, costBudgetPerDay: BUDGET } }
          : { json: { data: { me: null } } },
      traffic: () => ({ json: { data: { vehicle: { plate: '豫K·A1234', brand: '比亚迪', model: '秦', color: '白' } } } }),
    });
  });
  afterAll(() => gateway?.close());

  const asPartner = (query: string) => gateway.post({ query }, { 'x-api-key': KEY });

  it('runs documents within the budget, up to exactly the budget, then refuses without running', async () => {
    const first = await asPartner(FIVE);
    expect([first.status, first.body.errors]).toEqual([200, undefined]);
    expect(first.body.data.vehicle.brand).toBe('比亚迪');
    const second = await asPartner(FIVE);
    expect(second.body.data.vehicle.plate).toBe('豫K·A1234');
    expect(gateway.seen.traffic).toHaveLength(2);

    const third = await asPartner(FIVE);
    expect(third.status).toBe(429);
    expect(third.body.data).toBeUndefined();
    expect(third.body.errors).toEqual([{ message: '今日查询额度已用完', extensions: expect.objectContaining({ code: 'COST_BUDGET_EXCEEDED', cost: 5, budget: BUDGET }) }]);
    // Nothing ran: the subgraph never heard of the third operation.
    expect(gateway.seen.traffic).toHaveLength(2);
    expect(operationOf(gateway.seen.traffic[0]!).query).toContain('vehicle');
  });

  it('charges partners only: citizens and anonymous callers have no budget', async () => {
    for (let i = 0; i < 3 * BUDGET; i++) expect((await gateway.post({ query: '{ me { id name } }' })).body).toEqual({ data: { me: null } });
  });
});
