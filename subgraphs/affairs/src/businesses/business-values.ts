import { requireText, requireUuid } from '@jingtong/kit';
import type { BusinessChannel, BusinessType } from '../db/tables/business.table.js';
import { refuse } from '../errors.js';
import { PINYIN_CODE, pinyinInitials } from './pinyin-initials.js';

/** 业务编号: upper-cased, e.g. 0301 (class 03, business 01) or CRJ-GA-01. */
export const BUSINESS_NUMBER = /^[A-Z0-9][A-Z0-9_-]{1,19}$/;
/** 10 万元: above any fee a police business charges; a typo of a few zeros is refused. */
export const MAX_FEE_FEN = 10_000_000;

/** A business's basic attributes as the console's form sends them. */
export interface BusinessInputValues {
  number: string;
  name: string;
  classId: string;
  feeFen: number;
  supervisionDays: number;
  type: BusinessType;
  needsMaterials: boolean;
  returnsMaterials: boolean;
  needsApproval: boolean;
  channels: BusinessChannel[];
  /** Absent: computed from the name. */
  pinyin?: string | null;
  applyUrl?: string | null;
  handleUrl?: string | null;
  intro?: string | null;
}

/** The same, checked: every optional attribute present (null when not given), the pinyin code computed. */
export interface BusinessValues extends Omit<BusinessInputValues, 'pinyin' | 'applyUrl' | 'handleUrl' | 'intro'> {
  pinyin: string;
  applyUrl: string | null;
  handleUrl: string | null;
  intro: string | null;
}

/** A link of the business (群众申报URL / 业务受理URL): an http(s) URL, or a path of our own pages. */
function link(raw: string | null | undefined, field: string, label: string): string | null {
  const value = raw?.trim() ?? '';
  if (!value) return null;
  const problem = () => refuse('BUSINESS_INVALID', field, `${label}须为 http(s) 地址或以 / 开头的路径，最长 500 个字符`);
  if (value.length > 500) throw problem();
  if (value.startsWith('/')) {
    if (!/^\/[\x21-\x7e]*$/.test(value) || value.startsWith('//')) throw problem();
    return value;
  }
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Neither a path nor a URL: refused below.
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw problem();
  return value;
}

function whole(value: number, field: string, min: number, max: number, message: string): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw refuse('BUSINESS_INVALID', field, message);
  return value;
}

/** The input checked and normalised (trimmed, number upper-cased, channels once each, pinyin computed when not given). */
export function readBusinessValues(input: BusinessInputValues): BusinessValues {
  const number = input.number.trim().toUpperCase();
  if (!BUSINESS_NUMBER.test(number)) throw refuse('BUSINESS_NUMBER_INVALID', 'number');
  const name = requireText(input.name, 'name', { max: 30 }, '业务名称须为 1 到 30 个字');
  const given = input.pinyin?.trim().toUpperCase();
  const pinyin = given || pinyinInitials(name);
  if (!PINYIN_CODE.test(pinyin)) {
    throw refuse('BUSINESS_INVALID', 'pinyin', given ? '拼音码须为 1 到 30 位大写字母或数字' : '无法从业务名称生成拼音码，请填写拼音码');
  }
  const intro = requireText(input.intro ?? '', 'intro', { min: 0, max: 2000 }, '业务介绍最长 2000 个字');
  return {
    number,
    name,
    classId: requireUuid(input.classId, 'classId'),
    feeFen: whole(input.feeFen, 'feeFen', 0, MAX_FEE_FEN, `办理资费须为 0 到 ${MAX_FEE_FEN} 分（10 万元）的整数`),
    supervisionDays: whole(input.supervisionDays, 'supervisionDays', 0, 365, '督办天数须为 0 到 365 的整数（0 表示不督办）'),
    type: input.type,
    needsMaterials: input.needsMaterials,
    returnsMaterials: input.returnsMaterials,
    needsApproval: input.needsApproval,
    channels: [...new Set(input.channels)],
    pinyin,
    applyUrl: link(input.applyUrl, 'applyUrl', '群众申报地址'),
    handleUrl: link(input.handleUrl, 'handleUrl', '业务受理地址'),
    intro: intro || null,
  };
}

/** The row's columns for these values. */
export const businessColumns = (v: BusinessValues) => ({
  number: v.number,
  name: v.name,
  class_id: v.classId,
  fee_fen: v.feeFen,
  supervision_days: v.supervisionDays,
  type: v.type,
  needs_materials: v.needsMaterials,
  returns_materials: v.returnsMaterials,
  needs_approval: v.needsApproval,
  channels: JSON.stringify(v.channels) as never,
  pinyin: v.pinyin,
  apply_url: v.applyUrl,
  handle_url: v.handleUrl,
  intro: v.intro,
});
