import type { Person } from '@jingtong/legacy';
import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import { alipaySignIn, auditRows, CHINESE, CitizenSession, claimsOf, eventually, masked, type People, Q, wechatSignIn } from '../citizens.support.js';
import type { CitizensPart } from './citizens-world.js';

/** Every registration and real-name check screened against the fugitive list; a hit reaches the duty officers, never the citizen. */
export const fugitiveComparison: CitizensPart = {
  title: 'fugitive comparison',
  define(world) {
    let stack: Stack;
    let people: People;
    let officers: OfficerKit;
    beforeAll(() => {
      ({ stack, people, officers } = world);
    });

    /**
     * Everything a citizen gets back from signing in by Alipay and asking for themselves (status, header names,
     * payload, token claims and lifetime, `me` and bindings), with what is theirs alone put aside: their id and
     * their own masked values. Two citizens' views are equal when nothing tells them apart.
     */
    const citizenView = async (person: Person) => {
      const { authCode } = stack.legacy.alipay.authorize(person.idNumber);
      const signIn = await stack.graphql(Q.alipay, { c: authCode });
      const { token, expiresAt, ...payload } = signIn.body.data.signInWithAlipay;
      const { sub, iat, exp, jti: _jti, ...claims } = claimsOf(token) as unknown as Record<string, unknown> & { sub: string; iat: number; exp: number };
      const me = await stack.graphql(`{ ${Q.me.slice(1, -1)} myBindings { drivingLicence { licenceNumber } vehicles { plate } } }`, {}, token);
      const own = [sub, masked.name(person.name), masked.idNumber(person.idNumber), masked.phone(person.phone)];
      const apart = (v: unknown) => JSON.parse(own.reduce((text, value, i) => text.replaceAll(value, `<own ${i}>`), JSON.stringify(v)));
      const answer = (r: Awaited<ReturnType<Stack['graphql']>>) => ({ status: r.status, headers: [...r.headers.keys()].sort(), errors: r.body.errors ?? null, extensions: r.body.extensions ?? null });
      return {
        id: sub,
        token: token as string,
        view: apart({
          signIn: { ...answer(signIn), payload, claims, lifetime: exp - iat, expiresIn: Math.floor(Date.parse(expiresAt) / 1000) - iat },
          me: { ...answer(me), data: me.body.data },
        }),
      };
    };

    it('raises an alert for the duty officers of the unit (stored, listed, texted, audited) and answers the citizen exactly as for anyone else', async () => {
      const dutyPhone = '13600009999';
      world.written.set(dutyPhone, 'duty phone');
      const setPhone = await stack.graphql(`mutation($c: String!, $p: String) { setUnitDutyPhone(code: $c, phone: $p) { error { code } } }`, { c: '411002000000', p: dutyPhone }, await officers.demo('sysadmin'));
      expect(setPhone.body.data.setUnitDutyPhone.error).toBeNull();

      const fugitive = people.fugitive('411002');
      const ordinary = people.take((p) => p.idNumber.startsWith('411002'));
      const hit = await citizenView(fugitive);
      const miss = await citizenView(ordinary);
      // The same answer, value for value, as for anyone else: nothing tells the citizen.
      expect(hit.view).toEqual(miss.view);
      expect(hit.view.signIn.payload).toEqual({ error: null });
      expect(hit.view.me.data.me).toMatchObject({ assuranceLevel: 1, realName: { level: 1, method: 'ALIPAY_CERTIFIED' } });

      const window = await officers.demo('window01'); // 魏都分局 411002000000
      const alerts = await eventually(async () => {
        const { body } = await stack.graphql(Q.alerts, { s: 'OPEN' }, window);
        return (body.data?.fugitiveAlerts as Array<Record<string, any>> | undefined)?.filter((a) => a.citizen?.id === hit.id).length ? body.data.fugitiveAlerts : null;
      }, 'the alert');
      const alert = alerts.find((a: { citizen: { id: string } }) => a.citizen.id === hit.id);
      expect(alert).toMatchObject({ status: 'OPEN', unitCode: '411002000000', idNumber: masked.idNumber(fugitive.idNumber), category: expect.stringMatching(CHINESE) });
      expect(alerts.some((a: { citizen: { id: string } }) => a.citizen.id === miss.id)).toBe(false);

      const text = await eventually(async () => stack.legacy.sms.sent(dutyPhone)[0], 'the duty SMS');
      expect(text.content).toContain('在逃人员比对预警');
      expect(text.content).not.toContain(fugitive.idNumber);
      expect(text.content).not.toContain(fugitive.name);
      expect(stack.legacy.sms.sent(fugitive.phone)).toHaveLength(0);
      const raised = (await auditRows(stack, 'ALERT_RAISED')).find((r) => r.target_id === hit.id);
      expect(JSON.parse(raised!.details!)).toMatchObject({ alertId: alert.id, stored: true, unitCode: '411002000000', notify: 'queued' });

      // Citizens never see alerts.
      const asCitizen = await stack.graphql(Q.alerts, {}, hit.token);
      expect(asCitizen.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

      // Once the hit is stored, the citizen's next sign-in still reads exactly like anyone else's, and like before.
      const hitAgain = await citizenView(fugitive);
      const missAgain = await citizenView(ordinary);
      expect(hitAgain.id).toBe(hit.id);
      expect(hitAgain.view).toEqual(missAgain.view);
      expect(hitAgain.view).toEqual(hit.view);
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
  },
};
