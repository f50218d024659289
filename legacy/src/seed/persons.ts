/** The population register (人口系统) records. */
import { dayOf, formatDay } from './dates.js';
import { makeIdNumber } from './id-number.js';
import { chineseName } from './names.js';
import { fakePhoto, photoDigest } from './photo.js';
import type { SeedRandom, Weighted } from './random.js';
import { REGION_WEIGHTS, type Region } from './regions.js';
import type { Person } from './types.js';

const ETHNICITIES: Weighted<string> = [['汉族', 9870], ['回族', 100], ['满族', 12], ['蒙古族', 8], ['壮族', 5], ['土家族', 5]];
const MOBILE_PREFIXES = [
  '134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188',
  '198', '130', '131', '132', '155', '156', '185', '186', '166', '133', '153', '180', '181', '189', '177', '199',
];
const VILLAGE_SUFFIXES = ['庄村', '营村', '寨村', '楼村', '店村', '岗村', '湾村', '屯村'];
const BIRTH_FROM = dayOf('1950-01-01');
const BIRTH_TO = dayOf('2005-12-31');

export function generatePersons(random: SeedRandom, count: number): Person[] {
  const ids = new Set<string>();
  const phones = new Set<string>();
  const persons: Person[] = [];
  while (persons.length < count) {
    const region = random.weighted(REGION_WEIGHTS);
    const birthDate = formatDay(random.int(BIRTH_FROM, BIRTH_TO));
    const male = random.chance(0.51);
    const idNumber = makeIdNumber(region.code, birthDate, random.int(0, 499) * 2 + (male ? 1 : 0));
    if (ids.has(idNumber)) continue;
    ids.add(idNumber);
    persons.push({
      idNumber,
      name: chineseName(random, male, Number(birthDate.slice(0, 4))),
      gender: male ? '1' : '2',
      ethnicity: random.weighted(ETHNICITIES),
      birthDate,
      address: address(random, region),
      phone: uniquePhone(random, phones),
      photoDigest: photoDigest(fakePhoto(idNumber)),
    });
  }
  return persons;
}

function address(random: SeedRandom, region: Region): string {
  const prefix = `河南省许昌市${region.district}`;
  if (region.towns.length === 0 || random.chance(0.4)) {
    const building = `${random.int(1, 28)}号楼${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`;
    return `${prefix}${random.pick(region.streets)}${random.int(1, 398)}号院${building}`;
  }
  const village = random.faker.helpers.arrayElement(['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '马', '郭']) + random.pick(VILLAGE_SUFFIXES);
  return `${prefix}${random.pick(region.towns)}${village}${random.int(1, 12)}组${random.int(1, 120)}号`;
}

function uniquePhone(random: SeedRandom, used: Set<string>): string {
  for (;;) {
    const phone = random.pick(MOBILE_PREFIXES) + random.digits(8);
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}
