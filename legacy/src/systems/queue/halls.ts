/**
 * The halls whose queue machines this stand-in plays: administrative service halls (户籍, 出入境) and
 * vehicle administration halls (机动车, 驾驶证) across Xuchang's districts and county-level cities.
 * Fixed data, not drawn from the seed: hall codes are what the queue subgraph configures against.
 */
import { REGIONS } from '../../seed/regions.js';

export interface QueueItem {
  itemCode: string;
  name: string;
  /** The letter the item's numbers carry, e.g. C in C017. */
  prefix: string;
}

export interface Session {
  /** 'HH:MM', local time. */
  start: string;
  end: string;
}

export interface Hall {
  hallCode: string;
  name: string;
  /** Administrative division code (regions.ts) and its name. */
  countyCode: string;
  county: string;
  address: string;
  windows: number;
  /** ISO weekdays the hall opens (1 Monday … 7 Sunday), statutory holidays aside. */
  openWeekdays: readonly number[];
  /** Opening hours: morning and afternoon. */
  sessions: readonly Session[];
  slotMinutes: number;
  items: readonly QueueItem[];
}

const ITEMS = {
  HJ: { itemCode: 'HJ', name: '户籍业务', prefix: 'A' },
  CRJ: { itemCode: 'CRJ', name: '出入境业务', prefix: 'B' },
  JDC: { itemCode: 'JDC', name: '机动车登记', prefix: 'C' },
  JSZ: { itemCode: 'JSZ', name: '驾驶证业务', prefix: 'D' },
} as const satisfies Record<string, QueueItem>;

const OFFICE_HOURS: readonly Session[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:00' },
];
const VEHICLE_HOURS: readonly Session[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

const county = (code: string) => {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) throw new Error(`no region ${code}`);
  return { countyCode: code, county: region.district };
};

export const HALLS: readonly Hall[] = [
  {
    hallCode: 'XC-WD-01',
    name: '许昌市公安局魏都分局行政服务大厅',
    ...county('411002'),
    address: '河南省许昌市魏都区七一路188号',
    windows: 8,
    openWeekdays: WEEKDAYS,
    sessions: OFFICE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.HJ, ITEMS.CRJ],
  },
  {
    hallCode: 'XC-CGS-01',
    name: '许昌市车辆管理所',
    ...county('411003'),
    address: '河南省许昌市建安区魏武大道与永昌大道交叉口',
    windows: 12,
    // The vehicle administration office also opens on Saturdays.
    openWeekdays: [...WEEKDAYS, 6],
    sessions: VEHICLE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.JDC, ITEMS.JSZ],
  },
  {
    hallCode: 'XC-JA-01',
    name: '许昌市公安局建安分局行政服务大厅',
    ...county('411003'),
    address: '河南省许昌市建安区建安大道66号',
    windows: 6,
    openWeekdays: WEEKDAYS,
    sessions: OFFICE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.HJ, ITEMS.CRJ],
  },
  {
    hallCode: 'XC-YZ-01',
    name: '禹州市公安局政务服务大厅',
    ...county('411081'),
    address: '河南省禹州市颍川路126号',
    windows: 10,
    openWeekdays: WEEKDAYS,
    sessions: OFFICE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.HJ, ITEMS.CRJ, ITEMS.JDC, ITEMS.JSZ],
  },
  {
    hallCode: 'XC-CG-01',
    name: '长葛市公安局政务服务大厅',
    ...county('411082'),
    address: '河南省长葛市葛天大道218号',
    windows: 8,
    openWeekdays: WEEKDAYS,
    sessions: OFFICE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.HJ, ITEMS.CRJ, ITEMS.JSZ],
  },
  {
    hallCode: 'XC-YL-01',
    name: '鄢陵县公安局政务服务大厅',
    ...county('411024'),
    address: '河南省鄢陵县花都大道96号',
    windows: 5,
    openWeekdays: WEEKDAYS,
    sessions: OFFICE_HOURS,
    slotMinutes: 30,
    items: [ITEMS.HJ, ITEMS.CRJ, ITEMS.JDC],
  },
];
