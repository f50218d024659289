/** Vehicle makes sold in Henan, weighted roughly by how common they are on Xuchang roads. */
import type { Weighted } from './random.js';

export interface CarModel {
  brand: string;
  model: string;
  /** New-energy kind: D battery electric, F plug-in hybrid / range extender. */
  energy?: 'D' | 'F';
}

const models = (brand: string, names: string, weight: number, energy?: 'D' | 'F'): [CarModel, number][] =>
  names.split('|').map((model) => [energy ? { brand, model, energy } : { brand, model }, weight]);

export const SMALL_FUEL: Weighted<CarModel> = [
  ...models('大众', '朗逸|速腾|宝来|帕萨特|迈腾|途观L|捷达', 10),
  ...models('丰田', '卡罗拉|凯美瑞|雷凌|RAV4荣放', 7),
  ...models('本田', '雅阁|思域|CR-V|缤智', 6),
  ...models('日产', '轩逸|天籁|奇骏', 7),
  ...models('别克', '英朗|君威|昂科威', 5),
  ...models('吉利', '帝豪|博越|星瑞', 6),
  ...models('长安', 'CS75 PLUS|逸动|UNI-V', 6),
  ...models('哈弗', 'H6|大狗', 6),
  ...models('奇瑞', '瑞虎8|艾瑞泽5', 4),
  ...models('五菱', '宏光|宏光PLUS|五菱之光', 6),
  ...models('现代', '伊兰特|途胜', 3),
  ...models('起亚', 'K3|K5', 2),
  ...models('福特', '福克斯|蒙迪欧', 2),
  ...models('宝马', '3系|5系|X3', 2),
  ...models('奔驰', 'C级|E级|GLC', 2),
  ...models('奥迪', 'A4L|A6L|Q5L', 2),
];

export const SMALL_NEW_ENERGY: Weighted<CarModel> = [
  ...models('比亚迪', '秦PLUS DM-i|宋PLUS DM-i|驱逐舰05', 10, 'F'),
  ...models('比亚迪', '汉EV|元PLUS|海豚|海鸥', 9, 'D'),
  ...models('五菱', '宏光MINIEV|缤果', 8, 'D'),
  ...models('特斯拉', 'Model 3|Model Y', 5, 'D'),
  ...models('埃安', 'AION S|AION Y', 4, 'D'),
  ...models('零跑', 'C10|C11', 3, 'D'),
  ...models('小鹏', 'P7|G6', 2, 'D'),
  ...models('理想', 'L6|L7', 3, 'F'),
  ...models('问界', 'M5|M7', 3, 'F'),
];

export const LARGE: Weighted<CarModel> = [
  ...models('解放', 'J6P|JH6', 5),
  ...models('东风', '天龙|天锦', 4),
  ...models('重汽', '豪沃TX|汕德卡C7H', 4),
  ...models('福田', '欧曼EST', 3),
  ...models('陕汽', '德龙X3000', 3),
  ...models('宇通', 'ZK6120', 1),
];

export const SMALL_COLORS: Weighted<string> = [['白', 40], ['黑', 25], ['银', 17], ['蓝', 10], ['红', 8]];
export const LARGE_COLORS: Weighted<string> = [['红', 35], ['蓝', 35], ['白', 20], ['银', 10]];

/** Share of new-energy cars among first registrations of a given year in Xuchang. */
export function newEnergyShare(year: number): number {
  if (year < 2018) return 0;
  if (year < 2020) return 0.05;
  if (year < 2022) return 0.12;
  if (year < 2023) return 0.25;
  if (year < 2024) return 0.35;
  return 0.45;
}
