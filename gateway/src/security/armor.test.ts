import { startStubbedGateway, type StubbedGateway } from '../testing/stubbed-gateway.js';

/**
 * graphql-armor refuses with GRAPHQL_VALIDATION_FAILED and an English message; the gateway answers each rule
 * with its own code and Chinese message (armor.ts + format-error.ts), HTTP 400, and runs documents under the limits.
 */
describe('graphql-armor rules answer with our codes', () => {
  let tight: StubbedGateway;
  let costly: StubbedGateway;
  beforeAll(async () => {
    // Whatever identity is asked (the document's aliases of `me`), nobody is signed in.
    const identity = () => ({ json: { data: { a: null, b: null, me: null } } });
    tight = await startStubbedGateway({ env: { LIMIT_MAX_DEPTH: '3', LIMIT_MAX_ALIASES: '2' }, identity });
    costly = await startStubbedGateway({ env: { LIMIT_MAX_COST: '20' }, identity });
  });
  afterAll(async () => {
    await tight?.close();
    await costly?.close();
  });

  const refusal = async (gateway: StubbedGateway, query: string) => {
    const answer = await gateway.post({ query });
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors!;
    // graphql-armor's own wording never reaches the client.
    expect(answer.text).not.toMatch(/limit of|Syntax Error|GRAPHQL_VALIDATION_FAILED/i);
    return [answer.status, error.extensions.code, error.message];
  };

  it('depth → DEPTH_LIMIT_EXCEEDED', async () => {
    expect(await refusal(tight, '{ me { vehicles { violations { id } } } }')).toEqual([400, 'DEPTH_LIMIT_EXCEEDED', '查询层级过深']);
  });

  it('aliases → ALIAS_LIMIT_EXCEEDED', async () => {
    // (armor does not count aliases of __typename)
    expect(await refusal(tight, '{ a: me { id } b: me { id } c: me { id } }')).toEqual([400, 'ALIAS_LIMIT_EXCEEDED', '查询中的别名过多']);
  });

  it('directives (more than 50) → DIRECTIVE_LIMIT_EXCEEDED', async () => {
    const fields = (n: number) => Array.from({ length: n }, () => '__typename @include(if: true)').join(' ');
    expect(await refusal(tight, `{ ${fields(51)} }`)).toEqual([400, 'DIRECTIVE_LIMIT_EXCEEDED', '查询中的指令过多']);
    const fifty = await tight.post({ query: `{ ${fields(50)} }` });
    expect([fifty.status, fifty.body]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('cost → COST_LIMIT_EXCEEDED', async () => {
    const query = '{ me { id name idNumber phone assuranceLevel vehicles { plate brand model color violations { id points place } } } }';
    expect(await refusal(costly, query)).toEqual([400, 'COST_LIMIT_EXCEEDED', '查询过于复杂']);
  });

  it('runs documents under every limit', async () => {
    for (const gateway of [tight, costly]) {
      // Depth 3, two aliases, a small cost: at the tight gateway's limits.
      const answer = await gateway.post({ query: '{ a: me { id name } b: me { vehicles { plate } } }' });
      expect([answer.status, answer.body]).toEqual([200, { data: { a: null, b: null } }]);
    }
    expect(tight.seen.identity.length + costly.seen.identity.length).toBe(2);
  });
});
