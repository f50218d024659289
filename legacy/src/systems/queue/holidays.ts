/**
 * Statutory holidays (法定节假日) and the weekend days worked in exchange (调休上班), which the halls'
 * machines are configured with. 2026 as published by the State Council; 2027 as expected (not yet
 * published when written), plausible rather than authoritative. Outside these years only the halls'
 * weekdays count.
 */
const span = (from: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

export const HOLIDAYS: readonly string[] = [
  ...span('2026-01-01', 3), // 元旦
  ...span('2026-02-15', 9), // 春节
  ...span('2026-04-04', 3), // 清明节
  ...span('2026-05-01', 5), // 劳动节
  ...span('2026-06-19', 3), // 端午节
  ...span('2026-09-25', 3), // 中秋节
  ...span('2026-10-01', 7), // 国庆节
  ...span('2027-01-01', 3),
  ...span('2027-02-05', 8),
  ...span('2027-04-03', 3),
  ...span('2027-05-01', 5),
  ...span('2027-06-09', 3),
  ...span('2027-09-15', 3),
  ...span('2027-10-01', 7),
];

export const MAKEUP_WORKDAYS: readonly string[] = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
