import type { AddressInfo } from 'node:net';
import { createGateway, loadGatewayEnv } from '@jingtong/gateway';
import { identity } from '@jingtong/identity/subgraph';
import { buildSubgraph, type AnySubgraphDefinition, type StartedSubgraph } from '@jingtong/kit';
import { standInCredentialsEnv } from '@jingtong/legacy';
import type { FastifyInstance } from 'fastify';
import { OfficerKit } from '../../kit/officers.js';
import { TEST_SECRET } from '../../kit/stack.js';
import { createStorage, SERVER_REDIS_URL, type Storage } from '../../kit/storage.js';
import type { HostileArea } from '../hostile-world.js';

const SEND = `mutation($p: String!, $h: HumanCheckAnswer) { requestSmsCode(phone: $p, humanCheck: $h) { sent retryAfterSeconds humanCheck { id prompt max } error { code message } } }`;

const urlOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
let phones = 0;
/** A phone no other test texts (the per-phone limit of one a minute must not be what refuses). */
const freshPhone = () => `1470${String(Date.now() % 1e4).padStart(4, '0')}${String(phones++).padStart(3, '0')}`;
/** The stand-in's prompt names the position (see identity's human-check.ts: it is not a real captcha). */
const solve = (prompt: string) => Number(/(\d+)$/.exec(prompt)![1]);

/**
 * Issue 7 item 11: one anonymous client had 40 codes texted to 40 phones in 167 ms (the per-phone limits never
 * met it). Here identity runs with its DEFAULT budgets (the suite's stack lifts them, every test request coming
 * from 127.0.0.1): 3 free codes an hour per client address, then one human check per code, 20 an hour in all.
 * The client address is what the gateway saw (X-Forwarded-For from a trusted proxy, loopback here).
 */
export const smsFanout: HostileArea = {
  title: 'anonymous SMS fan-out: per-address budget, human check, no partners (item 11)',
  define(world) {
    let storage: Storage;
    let subgraph: StartedSubgraph;
    let gateway: FastifyInstance;
    const send = async (ip: string, phone: string, humanCheck?: { id: string; answer: number }) => {
      const res = await fetch(`${urlOf(gateway)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: SEND, variables: { p: phone, h: humanCheck } }),
      });
      const body = (await res.json()) as { data?: { requestSmsCode: { sent: boolean; humanCheck: { id: string; prompt: string; max: number } | null; error: { code: string; message: string } | null } }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body));
      return body.data.requestSmsCode;
    };
    const texted = (phone: string) => world.stack.legacy.sms.sent(phone).length;

    beforeAll(async () => {
      const { stack } = world;
      storage = createStorage(world.mode);
      await storage.prepare();
      // No SMS_* budget variables: identity's defaults.
      subgraph = await buildSubgraph(identity as AnySubgraphDefinition, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        CALLER_SIGNING_SECRET: TEST_SECRET,
        JOBS_POLL_MS: '0',
        ...storage.envFor('sms_fanout'),
        ...standInCredentialsEnv(),
        ...(identity as AnySubgraphDefinition).legacy?.(stack.legacy.url),
      });
      await subgraph.app.listen({ port: 0, host: '127.0.0.1' });
      gateway = await createGateway({
        env: loadGatewayEnv({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          CALLER_SIGNING_SECRET: TEST_SECRET,
          JWKS_URL: `${urlOf(subgraph.app)}/.well-known/jwks.json`,
          IDENTITY_INTERNAL_URL: urlOf(subgraph.app),
          SAFELIST_ENFORCE: 'false',
          ...(world.mode === 'servers' ? { REDIS_URL: SERVER_REDIS_URL } : {}),
          RATE_LIMIT_PREFIX: `jt:rl:sms-fanout:${Math.random().toString(36).slice(2, 8)}`,
          RATE_LIMIT_IP_PER_MINUTE: '100000',
          RATE_LIMIT_CALLER_PER_MINUTE: '100000',
        }),
        subgraphUrls: { ...stack.subgraphUrls, identity: `${urlOf(subgraph.app)}/graphql` },
      });
      await gateway.listen({ port: 0, host: '127.0.0.1' });
    }, 120_000);
    afterAll(async () => {
      await gateway?.close();
      await subgraph?.close();
      await storage?.cleanup();
    });

    it('texts 3 of 40 parallel requests from one address; the rest must pass a human check first; another address is not held back', async () => {
      const fan = Array.from({ length: 40 }, freshPhone);
      const answers = await Promise.all(fan.map((p) => send('203.0.113.10', p)));
      expect(answers.filter((a) => a.sent)).toHaveLength(3);
      expect(fan.filter((p) => texted(p) > 0)).toHaveLength(3);
      for (const a of answers.filter((x) => !x.sent)) {
        expect(a.error).toEqual({ code: 'HUMAN_CHECK_REQUIRED', message: '请先完成安全验证' });
        expect(a.humanCheck).toMatchObject({ id: expect.any(String), prompt: expect.stringMatching(/^请拖动滑块至 \d+$/), max: 100 });
      }
      const other = freshPhone();
      expect((await send('203.0.113.11', other)).sent).toBe(true);
      expect(texted(other)).toBe(1);
    });

    it('a solved check buys one code, once, for the address it was issued to; a wrong answer gets a new challenge', async () => {
      const ip = '203.0.113.20';
      for (let i = 0; i < 3; i++) expect((await send(ip, freshPhone())).sent).toBe(true);
      const asked = await send(ip, freshPhone());
      expect(asked.error?.code).toBe('HUMAN_CHECK_REQUIRED');
      const wrong = await send(ip, freshPhone(), { id: asked.humanCheck!.id, answer: (solve(asked.humanCheck!.prompt) + 50) % 100 });
      expect(wrong).toMatchObject({ sent: false, error: { code: 'HUMAN_CHECK_FAILED', message: '安全验证未通过，请重试' } });
      // The wrong answer used the challenge up; the new one is answered from another address: refused.
      const elsewhere = await send('203.0.113.21', freshPhone(), { id: wrong.humanCheck!.id, answer: solve(wrong.humanCheck!.prompt) });
      expect(elsewhere.error?.code).toBe('HUMAN_CHECK_FAILED');
      const fresh = await send(ip, freshPhone());
      const phone = freshPhone();
      const solved = await send(ip, phone, { id: fresh.humanCheck!.id, answer: solve(fresh.humanCheck!.prompt) });
      expect(solved).toMatchObject({ sent: true, error: null });
      expect(texted(phone)).toBe(1);
      const replayed = await send(ip, freshPhone(), { id: fresh.humanCheck!.id, answer: solve(fresh.humanCheck!.prompt) });
      expect(replayed.error?.code).toBe('HUMAN_CHECK_FAILED');
    });

    it('stops an address at 20 codes an hour, human checks or not', async () => {
      const ip = '203.0.113.30';
      let sent = 0;
      let last = await send(ip, freshPhone());
      for (let i = 0; i < 60 && last.error?.code !== 'SMS_BUDGET_EXCEEDED'; i++) {
        if (last.sent) sent++;
        last = last.humanCheck ? await send(ip, freshPhone(), { id: last.humanCheck.id, answer: solve(last.humanCheck.prompt) }) : await send(ip, freshPhone());
      }
      expect(sent).toBe(20);
      expect(last).toMatchObject({ sent: false, error: { code: 'SMS_BUDGET_EXCEEDED', message: '当前验证码发送量过大，请稍后再试' } });
    });

    it('refuses partners: an API key cannot have codes texted', async () => {
      const { stack } = world;
      const sysadmin = await new OfficerKit(stack).demo('sysadmin');
      const issued = await stack.graphql(
        `mutation($input: IssuePartnerKeyInput!) { issuePartnerKey(input: $input) { secret error { code } } }`,
        { input: { partnerName: '许昌市短信测试单位', scopes: ['identity.person:verify'], ratePerMinute: 60, costBudgetPerDay: 1000 } },
        sysadmin,
      );
      const secret = issued.body.data.issuePartnerKey.secret as string;
      const phone = freshPhone();
      const asPartner = await stack.graphql(SEND, { p: phone }, undefined, { 'x-api-key': secret });
      expect(asPartner.body.data?.requestSmsCode ?? null).toBeNull();
      expect(asPartner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(texted(phone)).toBe(0);
    });
  },
};
