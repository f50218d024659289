import type { Client } from 'soap';
import { fakePhoto, photoDigest, startLegacy, type LegacyServer } from '../../index.js';
import { call, head, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let population: Client;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0 });
  population = await soapClient(legacy, 'population');
}, 30_000);

afterAll(() => legacy?.close());

describe('queryPersons', () => {
  it('answers many ID numbers in one call; unknown ones are simply absent', async () => {
    const persons = legacy.seed.persons.slice(0, 20);
    const before = legacy.stats().population.queryPersons;
    const result = await call(population, 'queryPersons', {
      head: head(),
      body: { idNumber: [...persons.map((p) => p.idNumber), '11010519491231002X'] },
    });
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body.person).toEqual(persons);
    expect(legacy.stats().population.queryPersons).toBe(before + 1);
  });

  it('returns the digest of the photo on file', async () => {
    const demo = legacy.seed.demoCitizen();
    const result = await call(population, 'queryPersons', { head: head(), body: { idNumber: [demo.idNumber] } });
    expect(result.body.person).toHaveLength(1);
    expect(result.body.person[0].photoDigest).toBe(photoDigest(fakePhoto(demo.idNumber)));
  });

  it('answers an empty list when nobody is known', async () => {
    const result = await call(population, 'queryPersons', { head: head(), body: { idNumber: ['11010519491231002X'] } });
    expect(result.head.RESULT).toBe('0');
    expect(result.body?.person ?? []).toEqual([]);
  });

  it('answers RESULT=1 naming a malformed ID number', async () => {
    const result = await call(population, 'queryPersons', { head: head(), body: { idNumber: ['411002199001011234', '123'] } });
    expect(result.head.RESULT).toBe('1');
    expect(result.head.ERROR).toMatch(/^身份证号码格式不正确：/);
  });
});

describe('countSameName', () => {
  it('counts persons registered under a name', async () => {
    const counts = new Map<string, number>();
    for (const p of legacy.seed.persons) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(1);
    const result = await call(population, 'countSameName', { head: head(), body: { name } });
    expect(result).toEqual({ head: { RESULT: '0', ERROR: '' }, body: { count } });
  });

  it('counts 0 for an unused name and rejects non-names', async () => {
    expect((await call(population, 'countSameName', { head: head(), body: { name: '欧阳无名' } })).body.count).toBe(0);
    expect((await call(population, 'countSameName', { head: head(), body: { name: 'x' } })).head).toEqual({ RESULT: '1', ERROR: '姓名格式不正确' });
  });
});
