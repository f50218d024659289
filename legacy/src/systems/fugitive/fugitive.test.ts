import type { Client } from 'soap';
import { generateSeed } from '../../seed/index.js';
import { fugitiveRecord, isValidIdNumber, startLegacy, type LegacyServer } from '../../index.js';
import { call, head, soapClient } from '../../testing/soap-clients.js';

let legacy: LegacyServer;
let fugitive: Client;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 2000, vehicles: 2000 });
  fugitive = await soapClient(legacy, 'fugitive');
}, 30_000);

afterAll(() => legacy?.close());

const check = (idNumber: string[]) => call(fugitive, 'checkPersons', { head: head(), body: { idNumber } });

describe('seed.fugitives()', () => {
  it('lists about 0.3% of the seeded persons, never the demo citizen', () => {
    const listed = legacy.seed.fugitives();
    expect(listed).toHaveLength(6);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).not.toContain(legacy.seed.demoCitizen().idNumber);
    for (const id of listed) expect(legacy.seed.personById(id)).toBeDefined();
  });

  it('is the same for the same seed, and at least one person in a small world', () => {
    expect(generateSeed(legacy.seed.options).fugitives()).toEqual(legacy.seed.fugitives());
    const small = { ...legacy.seed.options, persons: 100, vehicles: 100 };
    expect(generateSeed(small).fugitives()).toHaveLength(1);
    expect(generateSeed({ ...small, seed: 7 }).fugitives()).not.toEqual(generateSeed(small).fugitives());
  });
});

describe('checkPersons', () => {
  it('answers a hit with its wanted-list record, only for listed persons', async () => {
    const [listed] = legacy.seed.fugitives();
    const clean = legacy.seed.demoCitizen().idNumber;
    const before = legacy.stats().fugitive.checkPersons;
    const result = await check([clean, listed, '11010519491231002X']);
    expect(result.head).toEqual({ RESULT: '0', ERROR: '' });
    expect(result.body.hit).toEqual([fugitiveRecord(listed, legacy.seed.options.referenceDate)]);
    const hit = result.body.hit[0];
    expect(hit.caseNumber).toMatch(/^A\d{12}\d{6}\d{4}$/);
    expect(hit.wantedBy).toMatch(/公安/);
    expect(hit.category.length).toBeGreaterThan(1);
    expect(hit.listedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(hit.listedOn < legacy.seed.options.referenceDate).toBe(true);
    expect(legacy.stats().fugitive.checkPersons).toBe(before + 1);
  });

  it('answers an empty body when nobody is listed', async () => {
    const result = await check([legacy.seed.demoCitizen().idNumber]);
    expect(result.head.RESULT).toBe('0');
    expect(result.body?.hit ?? []).toEqual([]);
  });

  it('checks every listed person in one call (lower-case x accepted)', async () => {
    const listed = legacy.seed.fugitives();
    const result = await check(listed.map((id) => id.toLowerCase()));
    expect(result.body.hit.map((h: { idNumber: string }) => h.idNumber)).toEqual(listed);
  });

  it('answers RESULT=1 for a malformed ID number, no ID number or more than 100', async () => {
    expect((await check(['411002199001011234'])).head).toEqual({ RESULT: '1', ERROR: '身份证号码格式不正确：411002199001011234' });
    expect((await check([])).head.ERROR).toBe('请至少提供一个身份证号码');
    const many = legacy.seed.persons.slice(0, 101).map((p) => p.idNumber);
    expect(many.every(isValidIdNumber)).toBe(true);
    expect((await check(many)).head.ERROR).toBe('单次比对身份证号码不能超过100个');
  });
});
