import type { Client } from 'soap';
import { startLegacy, type LegacyServer } from '../../index.js';
import { TEST_CREDENTIALS, call, failure, head, login, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let traffic: Client;
let sessionKey: string;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0 });
  traffic = await soapClient(legacy, 'traffic');
  sessionKey = await login(traffic);
}, 30_000);

afterAll(() => legacy?.close());

const withSession = () => head({ sessionKey });

describe('serverHander', () => {
  it('issues a session key for the configured credentials', async () => {
    const result = await call(traffic, 'serverHander', { head: head(), body: { supervisionSynauth: TEST_CREDENTIALS } });
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body.sessionKey).toMatch(/^[0-9A-F]{32}$/);
    expect(result.body.expiresIn).toBe(1800);
  });

  it('answers RESULT=1 for a wrong password', async () => {
    const result = await call(traffic, 'serverHander', { head: head(), body: { supervisionSynauth: { ...TEST_CREDENTIALS, password: 'nope' } } });
    expect(result.head).toEqual({ RESULT: '1', ERROR: '用户名或密码错误' });
    expect(result.body?.sessionKey).toBeUndefined();
  });
});

describe('business operations', () => {
  it('queryVehiclesByOwner lists the demo citizen\'s vehicles', async () => {
    const demo = legacy.seed.demoCitizen();
    const result = await call(traffic, 'queryVehiclesByOwner', { head: withSession(), body: { idNumber: demo.idNumber } });
    expect(result.head.RESULT).toBe('0');
    expect(result.body.vehicle.length).toBeGreaterThanOrEqual(5);
    expect(result.body.vehicle[0]).toEqual(legacy.seed.vehiclesByOwner(demo.idNumber)[0]);
  });

  it('queryVehiclesByOwner answers an empty list for a valid but unknown ID number', async () => {
    const result = await call(traffic, 'queryVehiclesByOwner', { head: withSession(), body: { idNumber: '11010519491231002X' } });
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body?.vehicle ?? []).toEqual([]);
  });

  it('queryVehiclesByOwner answers RESULT=1 for a malformed ID number', async () => {
    const result = await call(traffic, 'queryVehiclesByOwner', { head: withSession(), body: { idNumber: '41100219900101123' } });
    expect(result.head).toEqual({ RESULT: '1', ERROR: '身份证号码格式不正确' });
  });

  it('queryVehiclesByPlates answers many plates in one call, skipping unknown ones', async () => {
    const plates = legacy.seed.vehicles.slice(0, 30).map((v) => v.plate);
    const before = legacy.stats().traffic.queryVehiclesByPlates;
    const result = await call(traffic, 'queryVehiclesByPlates', { head: withSession(), body: { plate: [...plates, '豫K·ZZ999'] } });
    expect(result.body.vehicle.map((v: { plate: string }) => v.plate)).toEqual(plates);
    expect(legacy.stats().traffic.queryVehiclesByPlates).toBe(before + 1);
  });

  it('queryViolationsByPlates answers every plate of the demo citizen in one call', async () => {
    const plates = legacy.seed.vehiclesByOwner(legacy.seed.demoCitizen().idNumber).map((v) => v.plate);
    const expected = plates.flatMap((p) => legacy.seed.violationsByPlate(p));
    const before = legacy.stats().traffic.queryViolationsByPlates;
    const result = await call(traffic, 'queryViolationsByPlates', { head: withSession(), body: { plate: plates } });
    expect(result.body.violation).toEqual(expected);
    expect(result.body.violation.some((v: { status: string }) => v.status === '0')).toBe(true);
    expect(legacy.stats().traffic.queryViolationsByPlates).toBe(before + 1);
  });

  it('queryViolationsByPlates carries the penalty decision of processed violations, after the older elements', async () => {
    const plates = legacy.seed.vehiclesByOwner(legacy.seed.demoCitizen().idNumber).map((v) => v.plate);
    const result = await call(traffic, 'queryViolationsByPlates', { head: withSession(), body: { plate: plates } });
    const answered = result.body.violation as Array<Record<string, string>>;
    const processed = answered.filter((v) => v.status !== '0');
    expect(processed.length).toBeGreaterThan(0);
    for (const v of processed) {
      expect(Object.keys(v).slice(-2)).toEqual(['decisionNumber', 'decidedAt']);
      expect(v.decisionNumber).toMatch(/^\d{16}$/);
      expect(v.decidedAt).toBe(legacy.seed.violationById(v.violationId)?.decidedAt);
    }
    for (const v of answered.filter((x) => x.status === '0')) expect(v).not.toHaveProperty('decisionNumber');
  });

  it('queryViolationsByPlates rejects the batch when one plate is malformed', async () => {
    const result = await call(traffic, 'queryViolationsByPlates', { head: withSession(), body: { plate: [legacy.seed.vehicles[0].plate, 'ABC'] } });
    expect(result.head).toEqual({ RESULT: '1', ERROR: '号牌号码格式不正确：ABC' });
  });

  it('queryViolationsByPlates caps a batch at 100 plates and needs at least one', async () => {
    const plates = legacy.seed.vehicles.slice(0, 101).map((v) => v.plate);
    expect((await call(traffic, 'queryViolationsByPlates', { head: withSession(), body: { plate: plates } })).head.RESULT).toBe('1');
    expect((await call(traffic, 'queryViolationsByPlates', { head: withSession(), body: {} })).head.ERROR).toBe('请至少提供一个号牌号码');
  });

  it('queryDrivingLicence answers the licence, or none', async () => {
    const demo = legacy.seed.demoCitizen();
    const found = await call(traffic, 'queryDrivingLicence', { head: withSession(), body: { idNumber: demo.idNumber } });
    expect(found.body.licence).toEqual(legacy.seed.licenceById(demo.idNumber));
    const nobody = legacy.seed.persons.find((p) => !legacy.seed.licenceById(p.idNumber))!;
    const missing = await call(traffic, 'queryDrivingLicence', { head: withSession(), body: { idNumber: nobody.idNumber } });
    expect(missing.head.RESULT).toBe('0');
    expect(missing.body?.licence).toBeUndefined();
  });
});

describe('sessions', () => {
  const args = () => ({ body: { idNumber: legacy.seed.demoCitizen().idNumber } });

  it('faults SESSION_INVALID without a session key', async () => {
    const fault = await failure(call(traffic, 'queryDrivingLicence', { head: head(), ...args() }));
    expect(fault).toMatchObject({ status: 500, faultcode: 'soap:Client', faultstring: 'SESSION_INVALID' });
  });

  it('faults SESSION_INVALID for an unknown session key', async () => {
    const fault = await failure(call(traffic, 'queryVehiclesByOwner', { head: head({ sessionKey: 'F'.repeat(32) }), ...args() }));
    expect(fault.faultstring).toBe('SESSION_INVALID');
  });

  it('faults SESSION_INVALID once the key expired, and works again after a new login', async () => {
    const shortLived = await startLegacy({ port: 0, sessionTtlSeconds: 0.5, persons: 500, vehicles: 1000 });
    try {
      const client = await soapClient(shortLived, 'traffic');
      const key = await login(client);
      const idNumber = shortLived.seed.demoCitizen().idNumber;
      const query = (k: string) => call(client, 'queryVehiclesByOwner', { head: head({ sessionKey: k }), body: { idNumber } });
      expect((await query(key)).head.RESULT).toBe('0');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await failure(query(key))).faultstring).toBe('SESSION_INVALID');
      expect((await query(await login(client))).head.RESULT).toBe('0');
    } finally {
      await shortLived.close();
    }
  });

  it('reset() drops every session', async () => {
    const other = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
    try {
      const client = await soapClient(other, 'traffic');
      const key = await login(client);
      other.reset();
      const fault = await failure(call(client, 'queryDrivingLicence', { head: head({ sessionKey: key }), body: { idNumber: other.seed.demoCitizen().idNumber } }));
      expect(fault.faultstring).toBe('SESSION_INVALID');
    } finally {
      await other.close();
    }
  });
});
