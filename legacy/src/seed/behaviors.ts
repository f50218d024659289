/**
 * Violation behaviours, modelled on the national violation code table (GA 408.1) and the
 * 2022 scoring rules. Codes, points and fines are plausible for Henan, not authoritative.
 */
import type { Weighted } from './random.js';
import type { Violation } from './types.js';

export interface Behavior {
  code: string;
  text: string;
  points: Violation['points'];
  fine: Violation['fineAmount'];
  /** Where it is recorded: city streets or expressways. */
  road: 'street' | 'highway';
}

export const BEHAVIORS: Weighted<Behavior> = [
  [{ code: '1039', text: '机动车违反规定停放、临时停车且驾驶人不在现场，妨碍其他车辆、行人通行的', points: 0, fine: 100, road: 'street' }, 28],
  [{ code: '1345', text: '驾驶机动车违反道路交通禁止标线指示的', points: 3, fine: 100, road: 'street' }, 15],
  [{ code: '1625', text: '驾驶机动车违反道路交通信号灯通行的', points: 6, fine: 200, road: 'street' }, 12],
  [{ code: '1344', text: '驾驶机动车违反禁令标志指示的', points: 3, fine: 100, road: 'street' }, 8],
  [{ code: '6011', text: '驾驶人未按规定使用安全带的', points: 1, fine: 50, road: 'street' }, 8],
  [{ code: '1357', text: '驾驶机动车行经人行横道，不按规定减速、停车、避让行人的', points: 3, fine: 150, road: 'street' }, 6],
  [{ code: '1042', text: '驾驶机动车不按规定车道行驶的', points: 1, fine: 100, road: 'street' }, 6],
  [{ code: '1223', text: '驾驶机动车时拨打、接听手持电话的', points: 3, fine: 50, road: 'street' }, 5],
  [{ code: '1301', text: '驾驶机动车逆向行驶的', points: 3, fine: 200, road: 'street' }, 3],
  [{ code: '1303', text: '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速百分之二十以上未达到百分之五十的', points: 3, fine: 200, road: 'street' }, 3],
  [{ code: '1352', text: '驾驶机动车在高速公路上行驶超过规定时速百分之十以上未达到百分之二十的', points: 1, fine: 150, road: 'highway' }, 5],
  [{ code: '1636', text: '驾驶机动车在高速公路上行驶超过规定时速百分之二十以上未达到百分之五十的', points: 6, fine: 200, road: 'highway' }, 2],
  [{ code: '1719', text: '驾驶故意遮挡、污损机动车号牌的机动车上道路行驶的', points: 9, fine: 200, road: 'street' }, 0.4],
  [{ code: '1718', text: '驾驶机动车在高速公路上倒车、逆行、穿越中央分隔带掉头的', points: 12, fine: 200, road: 'highway' }, 0.2],
];
