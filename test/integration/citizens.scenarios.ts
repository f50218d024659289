import { fakePhoto, networkIdentityOf, type Person } from '@jingtong/legacy';
import { sql } from '@jingtong/kit';
import { OfficerKit } from '../kit/officers.js';
import { startStack, type Stack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { cacheEntries, encryptedPlaintexts, scanTables } from './plaintext-at-rest.js';
import { alipaySignIn, auditRows, CitizenSession, claimsOf, eventually, lastCode, masked, People, phoneSignIn, Q, wechatSignIn } from './citizens.support.js';

type Stats = Record<string, Record<string, number>>;
const delta = (before: Stats, after: Stats, system: string, op: string) => (after[system]?.[op] ?? 0) - (before[system]?.[op] ?? 0);
const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64');
const CHINESE = /[\u4e00-\u9fa5]/;

/** The citizen side of the user centre, through the gateway, on one storage path. */
export function describeCitizens(mode: StorageMode) {
  describe(`citizen user centre (${mode})`, () => {
    let stack: Stack;
    let people: People;
    let officers: OfficerKit;

    beforeAll(async () => {
      stack = await startStack({ mode });
      people = new People(stack);
      officers = new OfficerKit(stack);
    }, 120_000);

    afterAll(async () => {
      await stack?.close();
    });

    describe('sign-in channels', () => {
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
    });

    describe('real-name levels', () => {
      it('level 1: refuses a wrong name, a bad ID number and a wrong code; accepts a phone the register does not have (phoneMatched false)', async () => {
        const person = people.take();
        const session = new CitizenSession(stack, (await wechatSignIn(stack, `wx-l1-${person.idNumber.slice(-6)}`)).token!);
        const phone = '13700007777';
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
    });

    describe('bindings', () => {
      it('binds own vehicles and licence (refusing others), and traffic lists exactly the bound vehicles in one platform call', async () => {
        const person = people.take((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).length >= 2 && !!stack.legacy.seed.licenceById(p.idNumber));
        const [first, second] = stack.legacy.seed.vehiclesByOwner(person.idNumber);
        const licence = stack.legacy.seed.licenceById(person.idNumber)!;
        const someoneElse = people.take((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).length >= 1);
        const theirPlate = stack.legacy.seed.vehiclesByOwner(someoneElse.idNumber)[0].plate;

        const level0 = new CitizenSession(stack, (await wechatSignIn(stack, `wx-b-${person.idNumber.slice(-6)}`)).token!);
        expect((await level0.gql(Q.bindVehicle, { p: first.plate })).body.errors![0].extensions).toMatchObject({ code: 'ASSURANCE_REQUIRED', requiredLevel: 1 });

        const session = new CitizenSession(stack, (await alipaySignIn(stack, person)).token!);
        expect((await session.gql(Q.vehicles)).body.data.me.vehicles).toEqual([]);

        // Without the dot and in lower case: normalised to the platform's form.
        const compact = first.plate.replace('·', '').toLowerCase();
        const bound = (await session.gql(Q.bindVehicle, { p: compact })).body.data.bindVehicle;
        expect(bound).toEqual({ bindings: { vehicles: [{ plate: first.plate }] }, error: null });
        expect((await session.gql(Q.bindVehicle, { p: first.plate })).body.data.bindVehicle.error.code).toBe('ALREADY_BOUND');
        expect((await session.gql(Q.bindVehicle, { p: theirPlate })).body.data.bindVehicle).toMatchObject({ bindings: null, error: { code: 'VEHICLE_NOT_OWNED', message: expect.stringMatching(CHINESE) } });
        const malformed = await session.gql(Q.bindVehicle, { p: '豫K·I12345' });
        expect(malformed.body.data.bindVehicle).toMatchObject({ bindings: null, error: { code: 'PLATE_INVALID', field: 'plate', message: expect.stringMatching(CHINESE) } });
        expect((await session.gql(Q.bindVehicle, { p: second.plate })).body.data.bindVehicle.error).toBeNull();

        const wrongFile = (await session.gql(Q.bindLicence, { l: person.idNumber, f: licence.fileNumber === '411000000000' ? '411000000001' : '411000000000' })).body.data.bindDrivingLicence;
        expect(wrongFile.error.code).toBe('LICENCE_MISMATCH');
        const notTheirs = (await session.gql(Q.bindLicence, { l: someoneElse.idNumber, f: licence.fileNumber })).body.data.bindDrivingLicence;
        expect(notTheirs.error.code).toBe('LICENCE_MISMATCH');
        const okLicence = (await session.gql(Q.bindLicence, { l: person.idNumber, f: licence.fileNumber })).body.data.bindDrivingLicence;
        expect(okLicence).toEqual({ bindings: { drivingLicence: { licenceNumber: masked.idNumber(person.idNumber), fileNumber: expect.stringMatching(/^\d{4}\*+\d{2}$/) } }, error: null });

        const listed = (await session.gql(Q.myBindings)).body.data.myBindings;
        expect(listed.vehicles.map((v: { plate: string }) => v.plate).sort()).toEqual([first.plate, second.plate].sort());

        const before = stack.legacy.stats();
        const vehicles = await session.gql(Q.vehicles);
        const after = stack.legacy.stats();
        expect(vehicles.body.errors).toBeUndefined();
        expect(vehicles.body.data.me.vehicles.map((v: { plate: string }) => v.plate).sort()).toEqual([first.plate, second.plate].sort());
        expect(delta(before, after, 'traffic', 'queryVehiclesByPlates')).toBe(1);
        expect(delta(before, after, 'traffic', 'queryViolationsByPlates')).toBe(1);
        expect(delta(before, after, 'traffic', 'queryVehiclesByOwner')).toBe(0);

        expect((await session.gql(Q.unbindVehicle, { p: first.plate })).body.data.unbindVehicle).toEqual({ bindings: { vehicles: [{ plate: second.plate }] }, error: null });
        expect((await session.gql(Q.unbindVehicle, { p: first.plate })).body.data.unbindVehicle.error.code).toBe('NOT_BOUND');
        expect((await session.gql(Q.vehicles)).body.data.me.vehicles.map((v: { plate: string }) => v.plate)).toEqual([second.plate]);
        expect((await session.gql(Q.unbindLicence)).body.data.unbindDrivingLicence).toEqual({ bindings: { drivingLicence: null }, error: null });

        const changes = (await auditRows(stack, 'BINDING_CHANGED')).filter((r) => r.actor_id === claimsOf(session.token).sub);
        expect(changes.map((r) => JSON.parse(r.details!).change).sort()).toEqual(['BIND', 'BIND', 'BIND', 'UNBIND', 'UNBIND']);
      });
    });

    describe('fugitive comparison', () => {
      it('raises an alert for the duty officers of the unit (stored, listed, texted, audited) and answers the citizen exactly as for anyone else', async () => {
        const dutyPhone = '13600009999';
        const setPhone = await stack.graphql(`mutation($c: String!, $p: String) { setUnitDutyPhone(code: $c, phone: $p) { error { code } } }`, { c: '411002000000', p: dutyPhone }, await officers.demo('sysadmin'));
        expect(setPhone.body.data.setUnitDutyPhone.error).toBeNull();

        const fugitive = people.fugitive('411002');
        const ordinary = people.take((p) => p.idNumber.startsWith('411002'));
        const hit = await alipaySignIn(stack, fugitive);
        const miss = await alipaySignIn(stack, ordinary);
        // Same shape, same fields, same level: nothing tells the citizen.
        expect(Object.keys(hit)).toEqual(Object.keys(miss));
        expect(hit.error).toBeNull();
        expect(claimsOf(hit.token!).acr).toBe(claimsOf(miss.token!).acr);
        const hitMe = await new CitizenSession(stack, hit.token!).me();
        const missMe = await new CitizenSession(stack, miss.token!).me();
        expect(Object.keys(hitMe)).toEqual(Object.keys(missMe));
        expect(hitMe).toMatchObject({ assuranceLevel: 1, realName: { level: 1, method: 'ALIPAY_CERTIFIED' } });
        expect(stack.legacy.sms.sent(fugitive.phone)).toHaveLength(0);

        const window = await officers.demo('window01'); // 魏都分局 411002000000
        const alerts = await eventually(async () => {
          const { body } = await stack.graphql(Q.alerts, { s: 'OPEN' }, window);
          return (body.data?.fugitiveAlerts as Array<Record<string, any>> | undefined)?.filter((a) => a.citizen?.id === hitMe.id).length ? body.data.fugitiveAlerts : null;
        }, 'the alert');
        const alert = alerts.find((a: { citizen: { id: string } }) => a.citizen.id === hitMe.id);
        expect(alert).toMatchObject({ status: 'OPEN', unitCode: '411002000000', idNumber: masked.idNumber(fugitive.idNumber), category: expect.stringMatching(CHINESE) });
        expect(alerts.some((a: { citizen: { id: string } }) => a.citizen.id === missMe.id)).toBe(false);

        const text = await eventually(async () => stack.legacy.sms.sent(dutyPhone)[0], 'the duty SMS');
        expect(text.content).toContain('在逃人员比对预警');
        expect(text.content).not.toContain(fugitive.idNumber);
        expect(text.content).not.toContain(fugitive.name);
        const raised = (await auditRows(stack, 'ALERT_RAISED')).find((r) => r.target_id === hitMe.id);
        expect(JSON.parse(raised!.details!)).toMatchObject({ alertId: alert.id, stored: true, unitCode: '411002000000', notify: 'queued' });

        // Citizens never see alerts.
        const asCitizen = await stack.graphql(Q.alerts, {}, hit.token!);
        expect(asCitizen.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      });

      it('screens durably: a registration made while the fugitive system is down still raises its alert once it is back', async () => {
        const fugitive = people.fugitive();
        stack.legacy.setFaults({ system: 'fugitive', mode: 'down' });
        let citizenId: string;
        try {
          const signedIn = await alipaySignIn(stack, fugitive);
          expect(signedIn.error).toBeNull();
          citizenId = (await new CitizenSession(stack, signedIn.token!).me()).id;
          // The check failed and is waiting for its retry: nothing raised yet, nothing lost.
          await stack.drainJobs();
          expect(await stack.identityDeps.database.db.selectFrom('fugitive_alerts').select('id').where('citizen_id', '=', citizenId).execute()).toEqual([]);
          const waiting = await stack.identityDeps.database.db.selectFrom('jobs').select(['state', 'attempts', 'last_error']).where('kind', '=', 'fugitive.screen').where('key', 'like', `${citizenId}:%`).executeTakeFirstOrThrow();
          expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
          expect(waiting.last_error).not.toContain(fugitive.idNumber);
        } finally {
          stack.legacy.setFaults({ system: 'fugitive', mode: 'normal' });
        }
        const leader = await officers.demo('leader01');
        await eventually(async () => {
          const { body } = await stack.graphql(Q.alerts, { s: 'OPEN' }, leader);
          return body.data?.fugitiveAlerts?.some((a: { citizen: { id: string } }) => a.citizen.id === citizenId);
        }, 'the alert after the retry', 15_000);
        await stack.drainJobs();
        expect(await stack.identityDeps.database.db.selectFrom('fugitive_alerts').select('id').where('citizen_id', '=', citizenId).execute()).toHaveLength(1);
      });

      it('sends a hit on real-name verification outside the districts to the bureau: the leader sees it, a district officer does not', async () => {
        const fugitive = people.fugitive();
        const session = new CitizenSession(stack, (await wechatSignIn(stack, `wx-f-${fugitive.idNumber.slice(-6)}`)).token!);
        const verified = await session.verifyBasic(fugitive);
        expect(verified).toMatchObject({ level: 1, method: 'SMS_POPULATION', error: null });
        const citizenId = claimsOf(session.token).sub;

        const leader = await officers.demo('leader01');
        await eventually(async () => {
          const { body } = await stack.graphql(Q.alerts, {}, leader);
          return body.data?.fugitiveAlerts?.find((a: { citizen: { id: string }; unitCode: string }) => a.citizen.id === citizenId && a.unitCode === '411000000000');
        }, 'the bureau alert');
        const district = await stack.graphql(Q.alerts, {}, await officers.demo('reviewer01'));
        expect(district.body.data.fugitiveAlerts.some((a: { citizen: { id: string } }) => a.citizen.id === citizenId)).toBe(false);
      });
    });

    describe('personal data', () => {
      it('returns masked values; an officer who states a purpose sees them whole, and the disclosure is audited first', async () => {
        const person = people.take();
        const session = new CitizenSession(stack, (await wechatSignIn(stack, `wx-m-${person.idNumber.slice(-6)}`)).token!);
        await session.verifyBasic(person);
        const citizenId = claimsOf(session.token).sub;

        const window = await officers.demo('window01');
        const LOOKUP = `query($id: String!, $r: RevealInput) { citizenByIdNumber(idNumber: $id) { id name(reveal: $r) idNumber(reveal: $r) phone } }`;
        const maskedView = (await stack.graphql(LOOKUP, { id: person.idNumber }, window)).body.data.citizenByIdNumber;
        expect(maskedView).toEqual({ id: citizenId, name: masked.name(person.name), idNumber: masked.idNumber(person.idNumber), phone: masked.phone(person.phone) });
        expect((await auditRows(stack, 'DISCLOSURE')).filter((r) => r.target_id === citizenId)).toHaveLength(0);

        const reveal = { purpose: 'CASE_HANDLING', caseNumber: 'XC20261128-0001' };
        const revealed = await stack.graphql(LOOKUP, { id: person.idNumber, r: reveal }, window);
        expect(revealed.body.data.citizenByIdNumber).toEqual({ id: citizenId, name: person.name, idNumber: person.idNumber, phone: masked.phone(person.phone) });
        const requestId = revealed.headers.get('x-request-id');
        const rows = (await auditRows(stack, 'DISCLOSURE')).filter((r) => r.target_id === citizenId);
        expect(rows.map((r) => r.field).sort()).toEqual(['idNumber', 'name']);
        for (const row of rows) {
          expect(row).toMatchObject({ actor_kind: 'officer', actor_id: expect.any(String), target_kind: 'citizen', purpose: 'CASE_HANDLING XC20261128-0001', request_id: requestId });
        }

        const badNumber = await stack.graphql(LOOKUP, { id: person.idNumber, r: { purpose: 'CASE_HANDLING', caseNumber: 'x' } }, window);
        expect(badNumber.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseNumber' });
        const leader = await stack.graphql(LOOKUP, { id: person.idNumber, r: reveal }, await officers.demo('leader01'));
        expect(leader.body.errors![0].extensions!.code).toBe('FORBIDDEN');
        const own = await session.gql(`query($r: RevealInput) { me { idNumber(reveal: $r) } }`, { r: reveal });
        expect(own.body.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect((await session.gql(`{ citizenByIdNumber(idNumber: "${person.idNumber}") { id } }`)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
        expect((await auditRows(stack, 'DISCLOSURE')).filter((r) => r.target_id === citizenId)).toHaveLength(2);
      });

      it('keeps personal data encrypted at rest: no value of any encrypted column, nor a citizen’s data, in clear in any subgraph’s tables or caches', async () => {
        // Everything above ran on this stack; add a citizen with bindings to be sure plates are there too.
        const token = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
        expect((await stack.graphql(Q.myBindings, {}, token)).body.data.myBindings.vehicles.length).toBeGreaterThan(0);
        await stack.drainJobs();

        // Every value the run wrote to an encrypted column, in any subgraph (duty phones, officers' names, licence
        // file numbers, channel-account phones…), plus the seeded people behind the citizens and their plates.
        const encrypted = await encryptedPlaintexts(stack);
        const sources = new Set([...encrypted.values()].map((where) => where.split('.').slice(0, 2).join('.')));
        for (const t of ['identity.citizens', 'identity.channel_accounts', 'identity.licence_bindings', 'identity.officers', 'identity.units']) expect(sources).toContain(t);
        const idNumbers = [...encrypted.entries()].filter(([, where]) => where.endsWith('id_number_enc')).map(([v]) => v);
        const persons = idNumbers.map((id) => stack.legacy.seed.personById(id)).filter((p): p is Person => !!p);
        expect(persons.length).toBeGreaterThan(5);
        const secrets = [
          ...encrypted.keys(),
          ...persons.flatMap((p) => [p.idNumber, p.name, p.phone]),
          ...persons.flatMap((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).map((v) => v.plate)),
          '13900001234',
          '13700007777',
        ].filter((s) => s.length >= 2);

        const { scanned, tables, leaks } = await scanTables(stack, secrets);
        for (const t of ['citizens', 'channel_accounts', 'vehicle_bindings', 'licence_bindings', 'fugitive_alerts', 'audit_log']) expect(tables).toContain(`identity.${t}`);
        expect([...tables].some((t) => t.startsWith('traffic.'))).toBe(true);
        expect(leaks).toEqual([]);
        expect(scanned).toBeGreaterThan(50);

        const { entries, redisKeys } = await cacheEntries(stack);
        expect(entries.length).toBeGreaterThan(0);
        if (mode === 'servers') expect(redisKeys).toBeGreaterThan(0);
        const cacheLeaks = entries.flatMap(([key, value]) => secrets.filter((x) => key.includes(x) || value.includes(x)).map(() => key.slice(0, 40)));
        expect(cacheLeaks).toEqual([]);
      });
    });
  });
}
