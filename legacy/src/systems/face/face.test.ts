import type { Client } from 'soap';
import { fakePhoto, networkIdentityOf, startLegacy, type LegacyServer } from '../../index.js';
import { call, failure, head, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let face: Client;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
  face = await soapClient(legacy, 'face');
}, 30_000);

afterEach(() => legacy.reset());
afterAll(() => legacy?.close());

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64');
const LIVE = b64('{"actions":["blink","nod"],"frames":3}');
const compare = (idNumber: string, photo: string, livenessData = LIVE) => call(face, 'compareFace', { head: head(), body: { idNumber, photo, livenessData } });
const verify = (body: object) => call(face, 'verifyNetworkIdentity', { head: head(), body });
const person = () => legacy.seed.persons[3];

describe('compareFace', () => {
  it('matches the photo on file (fakePhoto) with a high score', async () => {
    const { idNumber } = person();
    const result = await compare(idNumber, b64(fakePhoto(idNumber)));
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body).toEqual({ score: expect.any(Number), liveness: '1', match: '1' });
    expect(result.body.score).toBeGreaterThanOrEqual(90);
    expect(result.body.score).toBeLessThanOrEqual(100);
    expect((await compare(idNumber, b64(fakePhoto(idNumber)))).body.score).toBe(result.body.score);
    expect(legacy.stats().face).toEqual({ compareFace: 2, verifyNetworkIdentity: 0 });
  });

  it("does not match someone else's photo", async () => {
    const other = legacy.seed.persons[4].idNumber;
    const result = await compare(person().idNumber, b64(fakePhoto(other)));
    expect(result.body.match).toBe('0');
    expect(result.body.score).toBeLessThan(40);
  });

  it('fails liveness iff the liveness data is the text SPOOF', async () => {
    const { idNumber } = person();
    const spoof = await compare(idNumber, b64(fakePhoto(idNumber)), b64('SPOOF'));
    expect(spoof.body).toMatchObject({ liveness: '0', match: '1' });
    expect((await compare(idNumber, b64(fakePhoto(idNumber)), b64('SPOOFED'))).body.liveness).toBe('1');
  });

  it('answers RESULT=1 for an unknown person, a malformed ID number or data that is not base64', async () => {
    const unknown = '11010519491231002X';
    expect((await compare(unknown, b64(fakePhoto(unknown)))).head).toEqual({ RESULT: '1', ERROR: '未查询到该公民的人像信息' });
    expect((await compare('123', b64('x'))).head.ERROR).toBe('身份证号码格式不正确');
    expect((await compare(person().idNumber, 'not base64!')).head.ERROR).toBe('人像照片数据格式不正确');
    expect((await compare(person().idNumber, '')).head.ERROR).toBe('人像照片数据格式不正确');
    expect((await compare(person().idNumber, b64('x'), '%%%')).head.ERROR).toBe('活体检测数据格式不正确');
  });
});

describe('verifyNetworkIdentity', () => {
  it('verifies name and password at level 2, and the network identity code too at level 3', async () => {
    const { idNumber, name } = person();
    const { networkIdCode, password } = networkIdentityOf(idNumber);
    expect(networkIdCode).toMatch(/^[A-Z2-9]{20}$/);
    expect(password).toMatch(/^\d{6}$/);
    expect((await verify({ idNumber, name, password })).body).toEqual({ result: '1', level: '2' });
    expect((await verify({ idNumber, name, networkIdCode, password })).body).toEqual({ result: '1', level: '3' });
  });

  it('refuses a wrong password, name or network identity code', async () => {
    const { idNumber, name } = person();
    const { networkIdCode, password } = networkIdentityOf(idNumber);
    const wrong = password === '000000' ? '111111' : '000000';
    expect((await verify({ idNumber, name, password: wrong })).body).toEqual({ result: '0', level: '2' });
    expect((await verify({ idNumber, name: `${name}一`, password })).body.result).toBe('0');
    const otherCode = networkIdentityOf(legacy.seed.persons[5].idNumber).networkIdCode;
    expect((await verify({ idNumber, name, networkIdCode: otherCode, password })).body).toEqual({ result: '0', level: '2' });
    expect((await verify({ idNumber, name, networkIdCode, password: wrong })).body).toEqual({ result: '0', level: '3' });
  });

  it('is deterministic per ID number and differs between persons', () => {
    const [a, b] = legacy.seed.persons;
    expect(networkIdentityOf(a.idNumber)).toEqual(networkIdentityOf(a.idNumber));
    expect(networkIdentityOf(a.idNumber)).not.toEqual(networkIdentityOf(b.idNumber));
  });

  it('answers RESULT=1 for an unknown person or a malformed ID number', async () => {
    const unknown = '11010519491231002X';
    expect((await verify({ idNumber: unknown, name: '张三', ...networkIdentityOf(unknown) })).head).toEqual({ RESULT: '1', ERROR: '该公民未开通网络身份认证' });
    expect((await verify({ idNumber: 'abc', name: '张三', password: '1' })).head.ERROR).toBe('身份证号码格式不正确');
  });

  it('answers INTERNAL_ERROR under errorRate, counted', async () => {
    legacy.setFaults({ system: 'face', errorRate: 1 });
    const { idNumber, name } = person();
    expect(await failure(verify({ idNumber, name, password: '1' }))).toMatchObject({ faultcode: 'soap:Server', faultstring: 'INTERNAL_ERROR' });
    expect(legacy.stats().face.verifyNetworkIdentity).toBe(1);
  });
});
