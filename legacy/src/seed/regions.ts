/**
 * Xuchang (许昌, 4110xx) administrative divisions used for ID numbers, addresses and
 * violation places. 411023 is the former 许昌县 (now 建安区): people born before the 2017
 * re-division keep it in their ID number, so it is far more common than 411003.
 */
import type { Weighted } from './random.js';

export interface Region {
  code: string;
  /** As written in addresses, after 河南省许昌市. */
  district: string;
  /** Streets in the town / city part. */
  streets: readonly string[];
  /** Townships for rural addresses; empty for fully urban districts. */
  towns: readonly string[];
  /** The traffic police unit that records violations there. */
  agency: string;
}

const CITY_STREETS = [
  '七一路', '劳动路', '八一路', '南关大街', '文峰路', '建设路', '新兴路', '五一路', '北大街', '西大街',
  '东大街', '许继大道', '魏文路', '天宝路', '毓秀路', '学院路', '延安路', '光明路', '魏武大道', '建安大道',
];

export const REGIONS: readonly Region[] = [
  { code: '411002', district: '魏都区', streets: CITY_STREETS, towns: [], agency: '许昌市公安局交通管理支队直属一大队' },
  {
    code: '411023', district: '建安区', streets: ['许继大道', '建安大道', '魏武大道', '永昌大道', '颍昌大道', '桃园路'],
    towns: ['灵井镇', '五女店镇', '尚集镇', '苏桥镇', '蒋李集镇', '陈曹乡', '椹涧乡'], agency: '许昌市公安局交通管理支队建安大队',
  },
  {
    code: '411003', district: '建安区', streets: ['许继大道', '建安大道', '永昌大道', '颍昌大道'],
    towns: ['灵井镇', '五女店镇', '尚集镇'], agency: '许昌市公安局交通管理支队建安大队',
  },
  {
    code: '411024', district: '鄢陵县', streets: ['花都大道', '人民路', '金汇大道', '建设路', '迎宾大道'],
    towns: ['陈化店镇', '望田镇', '大马镇', '马栏镇', '柏梁镇', '彭店镇'], agency: '鄢陵县公安局交通管理大队',
  },
  {
    code: '411025', district: '襄城县', streets: ['紫云大道', '文化路', '八七路', '城关路', '首山路'],
    towns: ['库庄镇', '紫云镇', '王洛镇', '颍桥回族镇', '麦岭镇', '茨沟乡'], agency: '襄城县公安局交通管理大队',
  },
  {
    code: '411081', district: '禹州市', streets: ['药城路', '颍川路', '禹王大道', '钧都大道', '滨河路', '府东路'],
    towns: ['神垕镇', '鸿畅镇', '方山镇', '古城镇', '顺店镇', '火龙镇', '褚河镇'], agency: '禹州市公安局交通管理大队',
  },
  {
    code: '411082', district: '长葛市', streets: ['长社路', '葛天大道', '黄河路', '钟繇大道', '新区大道', '人民路'],
    towns: ['和尚桥镇', '坡胡镇', '后河镇', '石固镇', '老城镇', '南席镇'], agency: '长葛市公安局交通管理大队',
  },
];

/** Roughly proportional to the districts' populations. */
export const REGION_WEIGHTS: Weighted<Region> = REGIONS.map((region) => {
  const weight = { '411002': 13, '411023': 17, '411003': 2, '411024': 12, '411025': 15, '411081': 25, '411082': 16 }[region.code];
  return [region, weight ?? 1] as const;
});

/** Main urban roads of central Xuchang, for intersections. */
export const CITY_ROADS = [
  '七一路', '劳动路', '八一路', '南关大街', '文峰路', '许继大道', '魏武大道', '建安大道', '魏文路', '天宝路',
  '学院路', '永昌大道', '莲城大道', '瑞祥路', '竹林路', '新兴路', '五一路', '延安路',
];

export const CITY_AGENCIES = [
  '许昌市公安局交通管理支队直属一大队',
  '许昌市公安局交通管理支队直属二大队',
  '许昌市公安局交通管理支队直属三大队',
  '许昌市公安局交通管理支队东城大队',
];

export const HIGHWAY_AGENCY = '河南省公安厅高速公路交通警察总队许昌支队';

/** Expressways through Xuchang with the kilometre range of their Xuchang sections. */
export const HIGHWAYS: readonly { name: string; from: number; to: number }[] = [
  { name: 'G4京港澳高速公路', from: 712, to: 781 },
  { name: 'S88郑栾高速公路', from: 38, to: 95 },
  { name: 'G0421许广高速公路', from: 0, to: 62 },
];
