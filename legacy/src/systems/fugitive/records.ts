/**
 * The wanted-list record of a listed person, derived from the ID number alone (case number,
 * issuing unit, category, date), so every run and every server gives the same record.
 */
import { standInDigest } from '../shared/tokens.js';

export interface FugitiveHit {
  idNumber: string;
  caseNumber: string;
  wantedBy: string;
  category: string;
  /** YYYY-MM-DD. */
  listedOn: string;
}

/** Issuing units with their 12-digit organisation codes (plausible, not real). */
const UNITS: readonly (readonly [string, string])[] = [
  ['411002000000', '许昌市公安局魏都分局'],
  ['411003000000', '许昌市公安局建安分局'],
  ['411081000000', '禹州市公安局'],
  ['411082000000', '长葛市公安局'],
  ['410105000000', '郑州市公安局金水分局'],
  ['410303000000', '洛阳市公安局西工分局'],
  ['410000000000', '河南省公安厅刑事侦查总队'],
  ['440304000000', '深圳市公安局福田分局'],
  ['310115000000', '上海市公安局浦东分局'],
  ['110105000000', '北京市公安局朝阳分局'],
];

const CATEGORIES = ['盗窃', '诈骗', '抢劫', '故意伤害', '贩卖毒品', '交通肇事逃逸', '非法吸收公众存款', '寻衅滋事', '合同诈骗', '抢夺'] as const;

const DAY_MS = 86_400_000;
/** Listed at most ten years before the seeded world's "today". */
const MAX_AGE_DAYS = 3650;

export function fugitiveRecord(idNumber: string, referenceDate: string): FugitiveHit {
  const digest = standInDigest('fugitive-record', idNumber);
  const [unitCode, wantedBy] = UNITS[digest[0] % UNITS.length];
  const category = CATEGORIES[digest[1] % CATEGORIES.length];
  const daysBefore = 30 + (digest.readUInt32BE(2) % (MAX_AGE_DAYS - 30));
  const listedOn = new Date(Date.parse(`${referenceDate}T00:00:00Z`) - daysBefore * DAY_MS).toISOString().slice(0, 10);
  const serial = String(digest.readUInt16BE(6) % 10_000).padStart(4, '0');
  const caseNumber = `A${unitCode}${listedOn.slice(0, 4)}${listedOn.slice(5, 7)}${serial}`;
  return { idNumber, caseNumber, wantedBy, category, listedOn };
}
