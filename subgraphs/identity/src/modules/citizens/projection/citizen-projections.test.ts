import { type CitizensHarness, person, startCitizensHarness, type StoragePath } from '../testing/citizens-harness.js';

const ALICE = person('411002198001011235', '张三丰', '13800000001');
const BOB = person('411002198512124565', '李四海', '13800000002');
const CAROL = person('411003199005057899', '王五月', '13800000003');
const DAVE = person('411023197511112340', '赵六合', '13800000004');
const PLATES = { '豫K·A1001': ALICE.idNumber, '豫K·B2002': BOB.idNumber };

const masked = {
  idNumber: (v: string) => `${v.slice(0, 4)}${'*'.repeat(10)}${v.slice(-4)}`,
  name: (v: string) => [...v][0] + '*'.repeat([...v].length - 1),
  phone: (v: string) => `${v.slice(0, 3)}****${v.slice(-4)}`,
};

const BIND = `mutation($p: String!) { bindVehicle(plate: $p) { bindings { vehicles { plate } } error { code } } }`;
const UNBIND = `mutation($p: String!) { unbindVehicle(plate: $p) { bindings { vehicles { plate } } error { code } } }`;
const FACE = `mutation($i: FaceRealNameInput!) { verifyRealNameByFace(input: $i) { level error { code } } }`;
const REQUEST_CODE = `mutation($p: String!) { requestSmsCode(phone: $p, purpose: REAL_NAME) { sent error { code } } }`;
const BASIC = `mutation($i: BasicRealNameInput!) { verifyRealNameBasic(input: $i) { level token error { code } } }`;

const subOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub as string;

// `me { id idNumber name boundPlates }` is the gateway's first fetch of every citizen query. Embedded:
// one process; servers: replica B writes, replica A (each with its own in-process cache tier) reads.
describe.each<StoragePath>(['embedded', 'servers'])('the citizen projection behind `me` (%s)', (path) => {
  let h: CitizensHarness;
  beforeAll(async () => {
    h = await startCitizensHarness(path, [ALICE, BOB, CAROL, DAVE], PLATES);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('answers a second `me` without a database query, and keeps no personal data in clear in the cache', async () => {
    const alice = await h.citizen(ALICE, ['豫K·A1001']);
    const [a] = h.replicas;
    h.queries.count = 0;
    const first = await a.me(alice);
    expect(first).toEqual({ id: alice.id, assuranceLevel: 1, idNumber: masked.idNumber(ALICE.idNumber), name: masked.name(ALICE.name), phone: null, boundPlates: ['豫K·A1001'] });
    expect(h.queries.count).toBeGreaterThan(0);

    h.queries.count = 0;
    expect(await a.me(alice)).toEqual(first);
    expect(h.queries.count).toBe(0);

    const stored = await h.storedValues();
    expect(stored.length).toBeGreaterThan(0);
    for (const secret of [ALICE.idNumber, ALICE.name, '豫K·A1001', 'A1001']) expect(stored.filter((v) => v.includes(secret))).toEqual([]);
  });

  it('shows a vehicle bound on one replica in the next `me` on the other, warmed by the binding (no query), and its unbinding', async () => {
    const bob = await h.citizen(BOB);
    const [a, b] = h.replicas;
    expect((await a.me(bob)).boundPlates).toEqual([]);
    expect((await a.me(bob)).boundPlates).toEqual([]);

    expect((await b.gql(BIND, { p: '豫KB2002' }, bob)).data.bindVehicle).toEqual({ bindings: { vehicles: [{ plate: '豫K·B2002' }] }, error: null });
    h.queries.count = 0;
    expect((await a.me(bob)).boundPlates).toEqual(['豫K·B2002']);
    expect(h.queries.count).toBe(0);

    expect((await b.gql(UNBIND, { p: '豫K·B2002' }, bob)).data.unbindVehicle.error).toBeNull();
    expect((await a.me(bob)).boundPlates).toEqual([]);
  });

  it('shows a real-name level raised on one replica in the next `me` on the other', async () => {
    const carol = await h.citizen(CAROL);
    const [a, b] = h.replicas;
    expect((await a.me(carol)).assuranceLevel).toBe(1);
    expect((await a.me(carol)).assuranceLevel).toBe(1);

    const photo = Buffer.from('photo').toString('base64');
    expect((await b.gql(FACE, { i: { photo, livenessData: photo } }, carol)).data.verifyRealNameByFace).toEqual({ level: 2, error: null });
    expect((await a.me(carol)).assuranceLevel).toBe(2);
  });

  it('after a merge: the retired record answers `me` with null, the survivor with what it gained', async () => {
    const dave = await h.citizen(DAVE);
    const viaWechat = await h.unverified();
    const [a, b] = h.replicas;
    expect((await a.me(dave)).phone).toBeNull();
    expect(await a.me(viaWechat)).toMatchObject({ id: viaWechat.id, assuranceLevel: 0, idNumber: null });
    expect(await a.me(viaWechat)).toMatchObject({ id: viaWechat.id, assuranceLevel: 0, idNumber: null });

    // The WeChat record proves Dave's phone and ID number: it is Dave, and is merged into his record.
    expect((await b.gql(REQUEST_CODE, { p: DAVE.phone }, viaWechat)).data.requestSmsCode).toEqual({ sent: true, error: null });
    const smsCode = /验证码为(\d{6})/.exec(h.texts.filter((t) => t.phone === DAVE.phone).at(-1)!.content)![1];
    const verified = (await b.gql(BASIC, { i: { name: DAVE.name, idNumber: DAVE.idNumber, phone: DAVE.phone, smsCode } }, viaWechat)).data.verifyRealNameBasic;
    expect(verified).toMatchObject({ level: 1, error: null });
    expect(subOf(verified.token)).toBe(dave.id);

    expect(await a.me(viaWechat)).toBeNull();
    expect(await a.me(dave)).toMatchObject({ id: dave.id, phone: masked.phone(DAVE.phone) });
  });
});
