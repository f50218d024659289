/** Chinese names: surnames weighted by frequency (faker's zh_CN list is uniform over 1000). */
import type { SeedRandom, Weighted } from './random.js';

const SURNAME_GROUPS: readonly [string, number][] = [
  ['王李张', 70], ['刘', 56], ['陈杨', 33], ['赵', 26], ['郭马高孙黄周', 13], ['吴徐胡朱宋郑韩', 9],
  ['冯何梁程曹董于吕贾魏', 6], ['袁许付杜范田任郝史孟侯常武', 4], ['林罗唐邓苏卢丁叶潘石姚崔白薛阎', 3],
  ['谢蒋蔡姜沈彭孔秦毛康尹段雷乔', 2], ['曾余戴夏汪方邵顾金陆钟廖邹熊龙万钱汤贺文江邱', 1],
];
export const SURNAMES: Weighted<string> = SURNAME_GROUPS.flatMap(([chars, weight]) =>
  [...chars].map((char) => [char, weight] as const),
);

/** Given names common among people born before the mid-1970s. */
const OLDER_MALE = ['建国', '建军', '国强', '志刚', '卫东', '国庆', '保国', '德胜', '振华', '建华', '国平', '新民', '永胜', '长海', '福生', '金锁'];
const OLDER_FEMALE = ['秀英', '桂兰', '淑珍', '玉兰', '秀兰', '桂英', '凤英', '玉梅', '素梅', '秀珍', '桂芳', '红梅', '丽华', '爱华', '春花', '翠萍'];

export function chineseName(random: SeedRandom, male: boolean, birthYear: number): string {
  const surname = random.weighted(SURNAMES);
  if (birthYear < 1975 && random.chance(0.5)) return surname + random.pick(male ? OLDER_MALE : OLDER_FEMALE);
  return surname + random.faker.person.firstName(male ? 'male' : 'female');
}
