import type { Client } from 'soap';
import { startLegacy, type LegacyServer } from '../index.js';
import { call, head, login, soapClient } from '../testing/soap-clients.js';
import type { DemoCitizen } from './demo-citizens.js';

let legacy: LegacyServer;
let citizens: DemoCitizen[];
let page: string;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
  citizens = ((await (await fetch(`${legacy.url}/__legacy/demo.json`)).json()) as { citizens: DemoCitizen[] }).citizens;
  const response = await fetch(`${legacy.url}/__legacy/demo`);
  expect(response.headers.get('content-type')).toContain('text/html');
  page = await response.text();
}, 30_000);

afterAll(() => legacy?.close());

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('GET /__legacy/demo', () => {
  it('lists the seeded demo citizen first, spares, and a wanted person marked as such', () => {
    const demo = legacy.seed.demoCitizen();
    expect(citizens[0]).toMatchObject({ role: 'demo', idNumber: demo.idNumber, name: demo.name });
    expect(citizens.filter((c) => c.role === 'spare').length).toBeGreaterThanOrEqual(1);
    const wanted = citizens.filter((c) => c.role === 'fugitive');
    expect(wanted).toHaveLength(1);
    expect(legacy.seed.fugitives()).toContain(wanted[0].idNumber);
    expect(page).toMatch(new RegExp(`class="fugitive" data-id-number="${wanted[0].idNumber}"`));
    expect(page).toContain('在逃人员比对命中');
  });

  it('shows every listed credential on the page', () => {
    for (const c of citizens) {
      const values = [c.name, c.idNumber, c.phone, c.alipay.userId, c.wechatUser, c.networkIdentity.networkIdCode, c.networkIdentity.password, c.facePhotoPath];
      if (c.licence) values.push(c.licence.fileNumber);
      for (const v of c.vehicles) values.push(v.plate, v.ownerName);
      for (const value of values) expect(page).toContain(value);
      expect(page).toContain(`/__legacy/sms?phone=${c.phone}`);
    }
  });

  it('serves the same JSON at ?format=json', async () => {
    const same = (await (await fetch(`${legacy.url}/__legacy/demo?format=json`)).json()) as { citizens: DemoCitizen[] };
    expect(same.citizens).toEqual(citizens);
  });
});

describe('what the demo page lists is what the stand-ins accept', () => {
  let population: Client;
  let traffic: Client;
  let face: Client;
  let fugitive: Client;
  let sessionKey: string;

  beforeAll(async () => {
    [population, traffic, face, fugitive] = await Promise.all([soapClient(legacy, 'population'), soapClient(legacy, 'traffic'), soapClient(legacy, 'face'), soapClient(legacy, 'fugitive')]);
    sessionKey = await login(traffic);
  });

  it('name and phone are the population register\'s (level 1 by SMS)', async () => {
    const result = await call(population, 'queryPersons', { head: head(), body: { idNumber: citizens.map((c) => c.idNumber) } });
    const byId = new Map<string, { name: string; phone: string }>(result.body.person.map((p: { idNumber: string; name: string; phone: string }) => [p.idNumber, p]));
    for (const c of citizens) expect(byId.get(c.idNumber)).toMatchObject({ name: c.name, phone: c.phone });
  });

  it('the licence file number is the traffic platform\'s, and every plate is owned by the citizen', async () => {
    for (const c of citizens) {
      const licence = await call(traffic, 'queryDrivingLicence', { head: head({ sessionKey }), body: { idNumber: c.idNumber } });
      if (c.licence) expect(licence.body.licence).toMatchObject({ licenceNumber: c.licence.licenceNumber, fileNumber: c.licence.fileNumber });
      else expect(licence.body?.licence).toBeUndefined();
      if (c.role !== 'fugitive') expect(c.licence).not.toBeNull();
      if (c.vehicles.length === 0) continue;
      const vehicles = await call(traffic, 'queryVehiclesByPlates', { head: head({ sessionKey }), body: { plate: c.vehicles.map((v) => v.plate) } });
      expect(vehicles.body.vehicle.map((v: { plate: string; ownerIdNumber: string; ownerName: string }) => [v.plate, v.ownerIdNumber, v.ownerName])).toEqual(
        c.vehicles.map((v) => [v.plate, c.idNumber, v.ownerName]),
      );
    }
  });

  it('the downloadable face photo passes the face comparison', async () => {
    for (const c of citizens) {
      const response = await fetch(`${legacy.url}${c.facePhotoPath}?download=1`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const photo = Buffer.from(await response.arrayBuffer());
      const result = await call(face, 'compareFace', { head: head(), body: { idNumber: c.idNumber, photo: b64(photo), livenessData: b64('{"actions":4}') } });
      expect(result.body).toMatchObject({ match: '1', liveness: '1' });
    }
    const someoneElse = citizens[1];
    const wrong = Buffer.from(await (await fetch(`${legacy.url}${someoneElse.facePhotoPath}`)).arrayBuffer());
    expect((await call(face, 'compareFace', { head: head(), body: { idNumber: citizens[0].idNumber, photo: b64(wrong), livenessData: b64('ok') } })).body.match).toBe('0');
  });

  it('the network identity code and password give level 3', async () => {
    for (const c of citizens) {
      const { networkIdCode, password } = c.networkIdentity;
      const result = await call(face, 'verifyNetworkIdentity', { head: head(), body: { idNumber: c.idNumber, name: c.name, networkIdCode, password } });
      expect(result.body).toEqual({ result: '1', level: '3' });
    }
  });

  it('the Alipay account authorises as that user', async () => {
    for (const c of citizens) {
      const response = await fetch(`${legacy.url}/__legacy/alipay/authorize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ idNumber: c.alipay.account }) });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ userId: c.alipay.userId, authCode: expect.any(String) });
    }
  });

  it('only the person marked as wanted is a fugitive hit', async () => {
    const result = await call(fugitive, 'checkPersons', { head: head(), body: { idNumber: citizens.map((c) => c.idNumber) } });
    const hits = (result.body?.hit ?? []).map((h: { idNumber: string; caseNumber: string }) => [h.idNumber, h.caseNumber]);
    expect(hits).toEqual(citizens.filter((c) => c.fugitive).map((c) => [c.idNumber, c.fugitive!.caseNumber]));
  });

  it('serves no photo for someone who is not seeded, nor under another extension', async () => {
    expect((await fetch(`${legacy.url}/__legacy/demo/face/11010519491231002X.svg`)).status).toBe(404);
    expect((await fetch(`${legacy.url}/__legacy/demo/face/${citizens[0].idNumber}.png`)).status).toBe(404);
  });
});
