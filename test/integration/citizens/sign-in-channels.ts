import { sql } from '@jingtong/kit';
import type { Stack } from '../../kit/stack.js';
import { alipaySignIn, auditRows, CHINESE, CitizenSession, claimsOf, lastCode, masked, type People, phoneSignIn, Q, wechatSignIn } from '../citizens.support.js';
import type { CitizensPart } from './citizens-world.js';

/** Alipay, WeChat and phone sign-in; one citizen per person, whatever the channel or the race. */
export const signInChannels: CitizensPart = {
  title: 'sign-in channels',
  define(world) {
    let stack: Stack;
    let people: People;
    beforeAll(() => {
      ({ stack, people } = world);
    });

    it('signs in with Alipay at level 1 (ALIPAY_CERTIFIED); the auth code is single-use', async () => {
      const person = people.take();
      const { authCode } = stack.legacy.alipay.authorize(person.idNumber);
      const first = (await stack.graphql(Q.alipay, { c: authCode })).body.data.signInWithAlipay;
      expect(first.error).toBeNull();
      expect(claimsOf(first.token)).toMatchObject({ kind: 'citizen', acr: 1 });

      const me = await new CitizenSession(stack, first.token).me();
      expect(me).toMatchObject({
        assuranceLevel: 1,
        name: masked.name(person.name),
        idNumber: masked.idNumber(person.idNumber),
        realName: { level: 1, method: 'ALIPAY_CERTIFIED' },
        channels: [{ channel: 'ALIPAY' }],
      });

      const again = (await stack.graphql(Q.alipay, { c: authCode })).body.data.signInWithAlipay;
      expect(again).toEqual({ token: null, expiresAt: null, error: { code: 'CHANNEL_AUTH_FAILED', message: expect.stringMatching(CHINESE) } });
      const failures = await auditRows(stack, 'SIGN_IN_FAILED');
      expect(failures.some((r) => JSON.parse(r.details!).channel === 'alipay')).toBe(true);

      // The same Alipay user later: the same citizen, and no second verification.
      const later = await alipaySignIn(stack, person);
      expect(claimsOf(later.token!).sub).toBe(me.id);
    });

    it('signs in with WeChat at level 0 (no real name), the same citizen every time', async () => {
      const first = await wechatSignIn(stack, 'wx-user-level0');
      expect(first.error).toBeNull();
      expect(claimsOf(first.token!).acr).toBe(0);
      const me = await new CitizenSession(stack, first.token!).me();
      expect(me).toMatchObject({ assuranceLevel: 0, name: null, idNumber: null, phone: null, realName: null, channels: [{ channel: 'WECHAT' }] });
      const second = await wechatSignIn(stack, 'wx-user-level0');
      expect(claimsOf(second.token!).sub).toBe(me.id);
      const invalid = (await stack.graphql(Q.wechat, { c: 'not-a-code' })).body.data.signInWithWechat;
      expect(invalid.error.code).toBe('CHANNEL_AUTH_FAILED');
    });

    it('merges a WeChat citizen into the one who signed in by Alipay, when level 1 reveals the same person', async () => {
      const person = people.take();
      const viaAlipay = await alipaySignIn(stack, person);
      const alipayId = claimsOf(viaAlipay.token!).sub;

      const viaWechat = await wechatSignIn(stack, `wx-${person.idNumber.slice(-6)}`);
      const session = new CitizenSession(stack, viaWechat.token!);
      const temporaryId = claimsOf(session.token).sub;
      expect(temporaryId).not.toBe(alipayId);

      const verified = await session.verifyBasic(person);
      expect(verified).toMatchObject({ level: 1, method: 'SMS_POPULATION', error: null });
      // A NEW token, for the surviving citizen.
      expect(claimsOf(verified.token)).toMatchObject({ sub: alipayId, acr: 1 });
      const me = await session.me();
      expect(me.id).toBe(alipayId);
      expect(me.channels.map((c: { channel: string }) => c.channel).sort()).toEqual(['ALIPAY', 'PHONE', 'WECHAT']);

      // One person from now on: WeChat signs in as the merged citizen; the retired record's token is stale.
      expect(claimsOf((await wechatSignIn(stack, `wx-${person.idNumber.slice(-6)}`)).token!).sub).toBe(alipayId);
      expect(await new CitizenSession(stack, viaWechat.token!).me()).toBeNull();
      const { rows } = await sql<{ merged_into: string | null }>`select merged_into from citizens where id = ${temporaryId}`.execute(stack.identityDeps.database.db);
      expect(rows[0].merged_into).toBe(alipayId);
    });

    it('stays one person under concurrency: the same first sign-in twice at once, the same person verified twice at once', async () => {
      const codes = [stack.legacy.wechat.authorize('wx-race'), stack.legacy.wechat.authorize('wx-race')];
      const raced = await Promise.all(codes.map(({ code }) => stack.graphql(Q.wechat, { c: code })));
      const subs = raced.map((r) => claimsOf(r.body.data.signInWithWechat.token).sub);
      expect(subs[0]).toBe(subs[1]);

      // Two level 0 records (WeChat, phone) verify as the same person at the same moment (two phones, two codes).
      const person = people.take();
      const a = new CitizenSession(stack, (await wechatSignIn(stack, `wx-twin-${person.idNumber.slice(-6)}`)).token!);
      const b = new CitizenSession(stack, (await phoneSignIn(stack, '13500002460')).token!);
      const otherPhone = '13500002468';
      for (const phone of ['13500002460', otherPhone]) world.written.set(phone, 'phone');
      await a.gql(Q.requestCode, { p: person.phone, purpose: 'REAL_NAME' });
      await b.gql(Q.requestCode, { p: otherPhone, purpose: 'REAL_NAME' });
      const input = (phone: string) => ({ i: { name: person.name, idNumber: person.idNumber, phone, smsCode: lastCode(stack, phone) } });
      const [ra, rb] = await Promise.all([a.gql(Q.basic, input(person.phone)), b.gql(Q.basic, input(otherPhone))]);
      const tokens = [ra.body.data.verifyRealNameBasic, rb.body.data.verifyRealNameBasic].map((p) => {
        expect(p.error).toBeNull();
        return p.token as string;
      });
      expect(claimsOf(tokens[0]).sub).toBe(claimsOf(tokens[1]).sub);
      const me = await new CitizenSession(stack, tokens[0]).me();
      // WeChat, the phone b signed in with, and the two phones proven by the codes.
      expect(me.channels.map((c: { channel: string }) => c.channel).sort()).toEqual(['PHONE', 'PHONE', 'PHONE', 'WECHAT']);
      const { rows } = await sql<{ n: string }>`select count(*) as n from citizens where merged_into is null and id_number_idx = ${stack.identityDeps.cipher.blindIndex(person.idNumber, 'id_number')}`.execute(
        stack.identityDeps.database.db,
      );
      expect(Number(rows[0].n)).toBe(1);
    });

    it('signs in with a phone and an SMS code; wrong and reused codes are refused', async () => {
      const phone = '13900001234';
      world.written.set(phone, 'phone');
      const sent = (await stack.graphql(Q.requestCode, { p: phone })).body.data.requestSmsCode;
      expect(sent).toEqual({ sent: true, retryAfterSeconds: null, error: null });
      const text = stack.legacy.sms.sent(phone)[0];
      expect(text.content).toMatch(/^【许昌公安】您的验证码为\d{6}，5分钟内有效。/);
      const code = lastCode(stack, phone);

      const wrong = (await stack.graphql(Q.phone, { p: phone, c: code === '000000' ? '111111' : '000000' })).body.data.signInWithPhone;
      expect(wrong.error.code).toBe('SMS_CODE_INVALID');
      const ok = (await stack.graphql(Q.phone, { p: phone, c: code })).body.data.signInWithPhone;
      expect(ok.error).toBeNull();
      const me = await new CitizenSession(stack, ok.token).me();
      expect(me).toMatchObject({ assuranceLevel: 0, phone: '139****1234', channels: [{ channel: 'PHONE' }] });
      const reused = (await stack.graphql(Q.phone, { p: phone, c: code })).body.data.signInWithPhone;
      expect(reused.error).toEqual({ code: 'SMS_CODE_EXPIRED', message: expect.stringMatching(CHINESE) });
      expect((await auditRows(stack, 'SIGN_IN')).some((r) => r.actor_id === me.id && JSON.parse(r.details!).channel === 'phone')).toBe(true);
    });

    it('sends at most one code a minute per phone (SMS_RATE_LIMITED, nothing sent) and refuses malformed phones', async () => {
      const phone = '13900005678';
      world.written.set(phone, 'phone');
      expect((await stack.graphql(Q.requestCode, { p: phone })).body.data.requestSmsCode.sent).toBe(true);
      const refused = (await stack.graphql(Q.requestCode, { p: phone })).body.data.requestSmsCode;
      expect(refused).toMatchObject({ sent: false, error: { code: 'SMS_RATE_LIMITED', message: expect.stringMatching(CHINESE) } });
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(stack.legacy.sms.sent(phone)).toHaveLength(1);

      // Mutations return refused input in their payload (the failure convention), with the field it is about.
      const bad = await stack.graphql(Q.requestCode, { p: '12345' });
      expect(bad.body.errors).toBeUndefined();
      expect(bad.body.data.requestSmsCode).toMatchObject({ sent: false, error: { code: 'PHONE_INVALID', message: '手机号码格式不正确', field: 'phone' } });
      expect(stack.legacy.sms.sent('12345')).toHaveLength(0);
    });
  },
};
