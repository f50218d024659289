import { fakePhoto, networkIdentityOf } from '@jingtong/legacy';
import type { Stack } from '../../kit/stack.js';
import { alipaySignIn, auditRows, CHINESE, CitizenSession, claimsOf, lastCode, masked, type People, Q, wechatSignIn } from '../citizens.support.js';
import type { CitizensPart } from './citizens-world.js';

const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64');

/** Real-name levels 1 to 3: each refused on wrong input, each required where a field asks for it. */
export const realNameLevels: CitizensPart = {
  title: 'real-name levels',
  define(world) {
    let stack: Stack;
    let people: People;
    beforeAll(() => {
      ({ stack, people } = world);
    });

    it('level 1: refuses a wrong name, a bad ID number and a wrong code; accepts a phone the register does not have (phoneMatched false)', async () => {
      const person = people.take();
      const session = new CitizenSession(stack, (await wechatSignIn(stack, `wx-l1-${person.idNumber.slice(-6)}`)).token!);
      const phone = '13700007777';
      world.written.set(phone, 'phone');
      await session.gql(Q.requestCode, { p: phone, purpose: 'REAL_NAME' });
      const code = lastCode(stack, phone);
      const attempt = (input: Record<string, string>) => session.gql(Q.basic, { i: { name: person.name, idNumber: person.idNumber, phone, smsCode: code, ...input } });

      // Each refusal counts as an attempt of the code (5 at most) but leaves it usable.
      const wrongName = (await attempt({ name: person.name === '张三' ? '李四' : '张三' })).body.data.verifyRealNameBasic;
      expect(wrongName).toMatchObject({ level: null, token: null, error: { code: 'REAL_NAME_MISMATCH', message: expect.stringMatching(CHINESE) } });
      const unknown = (await attempt({ idNumber: '11010519491231002X' })).body.data.verifyRealNameBasic;
      expect(unknown.error.code).toBe('REAL_NAME_MISMATCH');
      const badId = await attempt({ idNumber: person.idNumber.slice(0, 17) + (person.idNumber.endsWith('1') ? '2' : '1') });
      expect(badId.body.data.verifyRealNameBasic).toMatchObject({ level: null, error: { code: 'ID_NUMBER_INVALID', message: '身份证号码格式不正确', field: 'idNumber' } });
      const wrongCode = (await attempt({ smsCode: code === '999999' ? '888888' : '999999' })).body.data.verifyRealNameBasic;
      expect(wrongCode.error.code).toBe('SMS_CODE_INVALID');
      expect((await session.me()).assuranceLevel).toBe(0);

      const ok = (await attempt({})).body.data.verifyRealNameBasic;
      expect(ok).toMatchObject({ level: 1, method: 'SMS_POPULATION', error: null });
      session.token = ok.token;
      expect(await session.me()).toMatchObject({
        assuranceLevel: 1,
        name: masked.name(person.name),
        phone: masked.phone(phone),
        realName: { level: 1, method: 'SMS_POPULATION', phoneMatched: false },
      });
      expect((await auditRows(stack, 'REAL_NAME_VERIFIED')).some((r) => r.actor_id === claimsOf(ok.token).sub)).toBe(true);
    });

    it('level 2 by face: ASSURANCE_REQUIRED below level 1, refuses another photo and a SPOOF liveness, then level 2', async () => {
      const person = people.take();
      const level0 = new CitizenSession(stack, (await wechatSignIn(stack, `wx-l2-${person.idNumber.slice(-6)}`)).token!);
      const photo = b64(fakePhoto(person.idNumber));
      const low = await level0.gql(Q.face, { i: { photo, livenessData: b64('OK') } });
      expect(low.body.errors![0]).toMatchObject({ message: '该业务需要完成一级实名认证', extensions: { code: 'ASSURANCE_REQUIRED', requiredLevel: 1, currentLevel: 0 } });

      const session = new CitizenSession(stack, (await alipaySignIn(stack, person)).token!);
      const licence = await session.gql(Q.licence);
      expect(licence.body.errors![0]).toMatchObject({ path: ['me', 'drivingLicence'], extensions: { code: 'ASSURANCE_REQUIRED', requiredLevel: 2, currentLevel: 1 } });

      const other = (await session.gql(Q.face, { i: { photo: b64(fakePhoto(people.take().idNumber)), livenessData: b64('OK') } })).body.data.verifyRealNameByFace;
      expect(other).toMatchObject({ level: null, token: null, error: { code: 'FACE_MISMATCH' } });
      const spoof = (await session.gql(Q.face, { i: { photo, livenessData: b64('SPOOF') } })).body.data.verifyRealNameByFace;
      expect(spoof.error.code).toBe('LIVENESS_FAILED');
      const ok = (await session.gql(Q.face, { i: { photo, livenessData: b64('OK') } })).body.data.verifyRealNameByFace;
      expect(ok).toMatchObject({ level: 2, method: 'FACE', error: null });
      expect(claimsOf(ok.token).acr).toBe(2);
      session.token = ok.token;
      expect((await session.me()).realName).toMatchObject({ level: 2, method: 'FACE' });
      expect((await session.gql(Q.licence)).body.errors).toBeUndefined();
    });

    it('level 2 by network-copy password, then level 3 with the network identity copy; wrong secrets are refused', async () => {
      const person = people.take();
      const network = networkIdentityOf(person.idNumber);
      const session = new CitizenSession(stack, (await alipaySignIn(stack, person)).token!);

      const early = await session.gql(Q.networkIdentity, { c: network.networkIdCode, p: network.password });
      expect(early.body.errors![0].extensions).toMatchObject({ code: 'ASSURANCE_REQUIRED', requiredLevel: 2, currentLevel: 1 });

      const wrong = (await session.gql(Q.networkPassword, { p: network.password === '000000' ? '111111' : '000000' })).body.data.verifyRealNameByNetworkPassword;
      expect(wrong.error.code).toBe('NETWORK_IDENTITY_FAILED');
      const level2 = (await session.gql(Q.networkPassword, { p: network.password })).body.data.verifyRealNameByNetworkPassword;
      expect(level2).toMatchObject({ level: 2, method: 'NETWORK_PASSWORD', error: null });
      session.token = level2.token;

      const badCode = (await session.gql(Q.networkIdentity, { c: 'ABCDEFGHJKLMNPQRSTUV', p: network.password })).body.data.verifyNetworkIdentity;
      expect(badCode.error.code).toBe('NETWORK_IDENTITY_FAILED');
      const level3 = (await session.gql(Q.networkIdentity, { c: network.networkIdCode, p: network.password })).body.data.verifyNetworkIdentity;
      expect(level3).toMatchObject({ level: 3, method: 'NETWORK_IDENTITY', error: null });
      expect(claimsOf(level3.token).acr).toBe(3);
      session.token = level3.token;
      expect(await session.me()).toMatchObject({ assuranceLevel: 3, realName: { level: 3, method: 'NETWORK_IDENTITY' } });
    });
  },
};
