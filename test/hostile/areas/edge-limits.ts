import type { HostileArea } from '../hostile-world.js';

type Answer = { status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } };

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;
const countOf = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

/** A well-formed key (jt_live_<12 hex>_<43 base64url>) that identity never issued. */
const guessedKey = (i: number) => `jt_live_${i.toString(16).padStart(12, '0')}_${'A'.repeat(43)}`;

/**
 * Issue 7 items 8, 17, 18: the IP limit before authentication, malformed keys refused locally, document limits
 * for every document with HTTP 400, and coercion errors that never echo the value.
 */
export const edgeLimits: HostileArea = {
  title: 'edge limits: authentication guessing, document limits, echoed values (issue 7 items 8, 17, 18)',
  define(world) {
    describe('the per-IP limit is taken before authentication (item 8)', () => {
      it('120 bad JWTs from one address meet 429 after the limit', async () => {
        const gateway = await world.stack.extraGateway({ RATE_LIMIT_IP_PER_MINUTE: '100' });
        try {
          const statuses: number[] = [];
          for (let i = 0; i < 120; i++) statuses.push((await post(gateway.url, { query: '{ __typename }' }, { authorization: `Bearer eyJhbGciOiJFUzI1NiJ9.e30.bad${i}` })).status);
          expect([countOf(statuses, 401), countOf(statuses, 429)]).toEqual([100, 20]);
        } finally {
          await gateway.close();
        }
      });

      it('120 guessed API keys from one address meet 429 after the limit', async () => {
        const gateway = await world.stack.extraGateway({ RATE_LIMIT_IP_PER_MINUTE: '100' });
        try {
          const statuses: number[] = [];
          for (let i = 0; i < 120; i++) statuses.push((await post(gateway.url, { query: '{ __typename }' }, { 'x-api-key': guessedKey(i) })).status);
          expect([countOf(statuses, 401), countOf(statuses, 429)]).toEqual([100, 20]);
        } finally {
          await gateway.close();
        }
      });

      it('malformed keys are refused as invalid without asking identity (never 503)', async () => {
        // Identity unreachable from this gateway: only a key that is sent there can fail with 503.
        const gateway = await world.stack.extraGateway({ IDENTITY_INTERNAL_URL: 'http://127.0.0.1:9' });
        try {
          const malformed = [`jt_live_${'a'.repeat(300)}`, 'x'.repeat(257), `jt_test_${'0'.repeat(12)}_${'A'.repeat(43)}`, `jt_live_${'0'.repeat(12)}_${'A'.repeat(42)}$`, "jt_live_' OR 1=1 --"];
          for (const key of malformed) {
            const answer = await post(gateway.url, { query: '{ __typename }' }, { 'x-api-key': key });
            expect([answer.status, codeOf(answer), answer.body.errors?.[0]?.extensions?.reason]).toEqual([401, 'UNAUTHENTICATED', 'API_KEY_INVALID']);
          }
          // A well-formed one does go to identity (unreachable here).
          expect((await post(gateway.url, { query: '{ __typename }' }, { 'x-api-key': guessedKey(1) })).status).toBe(503);
        } finally {
          await gateway.close();
        }
      });
    });

    describe('document limits for every document, HTTP 400 with the code (item 18)', () => {
      it('introspection outside production is within the depth limit', async () => {
        const gateway = await world.stack.extraGateway({ LIMIT_MAX_DEPTH: '3' });
        try {
          const deep = await post(gateway.url, { query: '{ __schema { types { fields { type { ofType { name } } } } } }' });
          expect([deep.status, codeOf(deep)]).toEqual([400, 'DEPTH_LIMIT_EXCEEDED']);
          const shallow = await post(gateway.url, { query: '{ __schema { types { name } } }' });
          expect(shallow.status).toBe(200);
          expect(shallow.body.data.__schema.types.length).toBeGreaterThan(0);
        } finally {
          await gateway.close();
        }
      });

      it('introspection outside production is within the cost limit', async () => {
        const gateway = await world.stack.extraGateway({ LIMIT_MAX_COST: '20' });
        try {
          const costly = await post(gateway.url, { query: '{ __schema { types { name kind description fields { name description args { name } type { name kind } } } } }' });
          expect([costly.status, codeOf(costly)]).toEqual([400, 'COST_LIMIT_EXCEEDED']);
        } finally {
          await gateway.close();
        }
      });

      it('over the token limit answers 400 TOKEN_LIMIT_EXCEEDED (was 500), under it runs', async () => {
        const fields = (n: number) => Array.from({ length: n }, (_, i) => `f${i % 15}: __typename`).join(' ');
        const over = await post(world.stack.gatewayUrl, { query: `{ ${fields(400)} }` });
        expect([over.status, codeOf(over), over.body.errors?.[0]?.message]).toEqual([400, 'TOKEN_LIMIT_EXCEEDED', '查询内容过长']);
        const under = await post(world.stack.gatewayUrl, { query: `{ ${fields(15)} }` });
        expect(under.status).toBe(200);
        expect(under.body.errors).toBeUndefined();
      });

      it('over the alias limit answers 400 too', async () => {
        const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
        const answer = await post(world.stack.gatewayUrl, { query: `{ ${aliases} }` });
        expect([answer.status, codeOf(answer)]).toEqual([400, 'ALIAS_LIMIT_EXCEEDED']);
      });
    });

    describe('coercion errors never echo the submitted value (item 17)', () => {
      const secret = '246810';
      it('a variable of the wrong type: the variable and field are named, the value is not', async () => {
        const answer = await post(world.stack.gatewayUrl, {
          query: 'mutation($i: BasicRealNameInput!) { verifyRealNameBasic(input: $i) { error { code } } }',
          variables: { i: { name: '张三', idNumber: '410102199001011234', phone: '13800138000', smsCode: Number(secret) } },
        });
        expect(answer.status).toBe(400);
        expect(codeOf(answer)).toBe('BAD_USER_INPUT');
        expect(answer.body.errors?.[0]?.message).toBe('变量 $i 的值无效（位置 i.smsCode）');
        expect(JSON.stringify(answer.body)).not.toContain(secret);
      });

      it('an unknown enum value and a literal of the wrong type are not echoed either', async () => {
        const enumValue = await post(world.stack.gatewayUrl, {
          query: 'mutation($p: SmsCodePurpose!) { requestSmsCode(phone: "13800138000", purpose: $p) { sent } }',
          variables: { p: `X${secret}` },
        });
        expect(codeOf(enumValue)).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(enumValue.body)).not.toContain(secret);
        const literal = await post(world.stack.gatewayUrl, { query: `mutation { requestSmsCode(phone: ${secret}) { sent } }` });
        expect(literal.status).toBe(400);
        expect(JSON.stringify(literal.body)).not.toContain(secret);
        expect(literal.body.errors?.[0]?.message).toMatch(/应为 String!? 类型/);
      });
    });
  },
};
