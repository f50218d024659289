import { BUSINESS_KINDS, type BusinessKind } from '@jingtong/kit';
import type { StatisticsGroup, StatisticsRow } from '../db/repositories/payment-statistics.repository.js';

const CHANNELS: Record<string, string> = { ALIPAY: '支付宝', WECHAT: '微信支付' };

/**
 * The counties of 许昌 whose accounts orders settle into (GB/T 2260). 411023 is the former 许昌县, now 建安区,
 * which older orders and people's records still carry.
 */
const COUNTIES: Record<string, string> = {
  '411000': '许昌市',
  '411002': '魏都区',
  '411003': '建安区',
  '411023': '建安区（原许昌县）',
  '411024': '鄢陵县',
  '411025': '襄城县',
  '411081': '禹州市',
  '411082': '长葛市',
};

/** What the console shows for a group's key; the key itself when there is no better name. */
export function labelOf(groupBy: StatisticsGroup, row: StatisticsRow): string {
  switch (groupBy) {
    case 'CHANNEL':
      return CHANNELS[row.key] ?? row.key;
    case 'BUSINESS_KIND':
      return BUSINESS_KINDS[row.key as BusinessKind] ?? row.key;
    case 'COUNTY':
      return COUNTIES[row.key] ?? row.key;
    case 'REVENUE_ITEM':
      return row.name || row.key;
    case 'DAY':
      return row.key;
  }
}
