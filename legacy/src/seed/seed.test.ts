import { createHash } from 'node:crypto';
import validator from 'validator';
import { buildSeed, DEFAULT_SEED_OPTIONS, fakePhoto, generateSeed, photoDigest, plateKey, type SeedData } from './index.js';
import { checkCharacter } from './id-number.js';

const XUCHANG_REGIONS = ['411002', '411003', '411023', '411024', '411025', '411081', '411082'];
const small = { ...DEFAULT_SEED_OPTIONS, persons: 1500, vehicles: 3000 };

function digest(seed: SeedData): string {
  const json = JSON.stringify([seed.persons, seed.vehicles, seed.violations, seed.licences, seed.demoCitizen().idNumber]);
  return createHash('sha256').update(json).digest('hex');
}

describe('seed determinism', () => {
  it('builds the same data from the same options', () => {
    expect(digest(generateSeed(small))).toBe(digest(generateSeed(small)));
  });

  it('builds different data from another seed', () => {
    expect(digest(generateSeed({ ...small, seed: small.seed + 1 }))).not.toBe(digest(generateSeed(small)));
  });
});

describe('seed at default scale', () => {
  let seed: SeedData;
  // About 0.6 s on an idle laptop core; bounded only so a runaway build fails here instead of hanging the suite.
  beforeAll(() => {
    seed = buildSeed();
  }, 30_000);

  it('has at least 10,000 persons and 20,000 vehicles', () => {
    expect(seed.persons.length).toBeGreaterThanOrEqual(10_000);
    expect(seed.vehicles.length).toBeGreaterThanOrEqual(20_000);
  });

  // Per-record expect() calls are slow at this scale: collect offenders, assert once.
  it('issues valid, unique GB 11643 ID numbers consistent with birth date and gender', () => {
    const offenders = seed.persons.filter((person) => {
      const id = person.idNumber;
      return !(
        validator.isIdentityCard(id, 'zh-CN') &&
        id[17] === checkCharacter(id.slice(0, 17)) &&
        XUCHANG_REGIONS.includes(id.slice(0, 6)) &&
        id.slice(6, 14) === person.birthDate.replaceAll('-', '') &&
        person.birthDate >= '1950-01-01' &&
        person.birthDate <= '2005-12-31' &&
        (Number(id[16]) % 2 === 1 ? '1' : '2') === person.gender &&
        /^1[3-9]\d{9}$/.test(person.phone) &&
        person.address.startsWith('河南省许昌市')
      );
    });
    expect(offenders).toEqual([]);
    expect(new Set(seed.persons.map((p) => p.idNumber)).size).toBe(seed.persons.length);
  });

  it('knows GB 11643 check digits (also for X)', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
  });

  it('gives every person the digest of their deterministic photo', () => {
    const person = seed.persons[123];
    expect(person.photoDigest).toBe(photoDigest(fakePhoto(person.idNumber)));
    expect(person.photoDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('issues unique real-format Xuchang plates', () => {
    expect(new Set(seed.vehicles.map((v) => plateKey(v.plate))).size).toBe(seed.vehicles.length);
    const offenders = seed.vehicles.filter((v) => {
      const format = v.plateType === '52' ? /^豫K·[DF][A-HJ-NP-Z0-9]\d{4}$/ : /^豫K·[A-HJ-NP-Z0-9]{5}$/;
      const letters = v.plate.slice(3).replace(/\d/g, '').length;
      return !(
        format.test(v.plate) &&
        letters <= 2 &&
        v.isNewEnergy === (v.plateType === '52' ? '1' : '0') &&
        seed.personById(v.ownerIdNumber)?.name === v.ownerName &&
        v.registerDate <= seed.options.referenceDate
      );
    });
    expect(offenders).toEqual([]);
  });

  it('has fleet owners with 5+ vehicles and mostly small owners', () => {
    expect(seed.citizensWithVehicles(5).length).toBeGreaterThanOrEqual(50);
    const smallOwners = seed.persons.filter((p) => seed.vehiclesByOwner(p.idNumber).length <= 2).length;
    expect(smallOwners / seed.persons.length).toBeGreaterThan(0.5);
  });

  it('gives every vehicle owner a driving licence', () => {
    const offenders = seed.citizensWithVehicles(1).filter((owner) => {
      const licence = seed.licenceById(owner.idNumber);
      return !(licence && licence.name === owner.name && /^\d{12}$/.test(licence.fileNumber) && licence.points <= 12);
    });
    expect(offenders).toEqual([]);
  });

  it('has realistic violations within the last two years', () => {
    const from = new Date(Date.parse(`${seed.options.referenceDate}T00:00:00+08:00`) - 731 * 86_400_000);
    const to = new Date(`${seed.options.referenceDate}T00:00:00+08:00`);
    const withViolations = new Set(seed.violations.map((v) => v.plate)).size / seed.vehicles.length;
    expect(withViolations).toBeGreaterThan(0.2);
    expect(withViolations).toBeLessThan(0.5);
    const offenders = seed.violations.filter((v) => {
      const at = new Date(v.occurredAt);
      return !(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(v.occurredAt) &&
        at >= from &&
        at <= to &&
        [0, 1, 3, 6, 9, 12].includes(v.points) &&
        [50, 100, 150, 200].includes(v.fineAmount) &&
        ['0', '1', '2'].includes(v.status) &&
        seed.violationsByPlate(v.plate).includes(v)
      );
    });
    expect(offenders).toEqual([]);
    const perPlate = Math.max(...seed.vehicles.map((v) => seed.violationsByPlate(v.plate).length));
    expect(perPlate).toBeLessThanOrEqual(9); // 8 + the demo citizen's guaranteed one
  });

  it('has a demo citizen with 5+ vehicles, an unprocessed violation and a normal licence', () => {
    const demo = seed.demoCitizen();
    const vehicles = seed.vehiclesByOwner(demo.idNumber);
    expect(vehicles.length).toBeGreaterThanOrEqual(5);
    expect(vehicles.flatMap((v) => seed.violationsByPlate(v.plate)).some((v) => v.status === '0')).toBe(true);
    expect(seed.licenceById(demo.idNumber)?.status).toBe('A');
    expect(seed.demoCitizen()).toBe(demo);
  });

  it('gives every processed violation a penalty decision 1-30 days after it, never after the reference date', () => {
    const offenders = seed.violations.filter((v) => {
      if (v.status === '0') return v.decisionNumber !== undefined || v.decidedAt !== undefined;
      const delay = (Date.parse(v.decidedAt ?? '') - Date.parse(v.occurredAt.slice(0, 10))) / 86_400_000;
      return !(
        v.decisionNumber === `${v.violationId.slice(0, 6)}${v.decidedAt?.slice(0, 4)}${v.violationId.slice(-6)}` &&
        /^\d{4}-\d{2}-\d{2}$/.test(v.decidedAt ?? '') &&
        delay >= 1 &&
        delay <= 30 &&
        v.decidedAt! <= seed.options.referenceDate
      );
    });
    expect(offenders).toEqual([]);
    const numbers = seed.violations.flatMap((v) => v.decisionNumber ?? []);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(seed.violationById(seed.violations[7].violationId)).toBe(seed.violations[7]);
  });

  it('gives the demo citizen unpaid fines decided 4, 20 and 60 days before the reference date', () => {
    const plates = seed.vehiclesByOwner(seed.demoCitizen().idNumber).map((v) => v.plate);
    const unpaid = plates.flatMap((p) => seed.violationsByPlate(p)).filter((v) => v.status === '1');
    const today = Date.parse(seed.options.referenceDate);
    expect(unpaid.map((v) => (today - Date.parse(v.decidedAt!)) / 86_400_000).sort((a, b) => a - b)).toEqual([4, 20, 60]);
    // Not on the first vehicle, whose violations the recorded samples show.
    expect(unpaid.every((v) => v.plate !== plates[0])).toBe(true);
  });

  it('finds plates with or without the dot', () => {
    const vehicle = seed.vehicles[42];
    expect(seed.vehicleByPlate(vehicle.plate.replace('·', ''))).toBe(vehicle);
    expect(seed.vehicleByPlate(vehicle.plate.toLowerCase())).toBe(vehicle);
  });
});
