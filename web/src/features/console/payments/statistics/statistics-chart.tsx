'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '@/features/shared/format/format-fen';
import type { PaymentStatisticsGroupBy } from '@/gql/graphql';
import { daysOf } from '../beijing-day';
import type { StatisticsRow } from './statistics-groups';

/** The three series, each with the colour it keeps on both charts. */
const SERIES = [
  { key: 'paidFen', name: '缴费金额', color: '#1f3b73' },
  { key: 'refundedFen', name: '退款金额', color: '#fa8c16' },
  { key: 'netFen', name: '净收入', color: '#52c41a' },
] as const;

type Point = { name: string; paidFen: number; refundedFen: number; netFen: number };

/** The axis in yuan without decimals (万 from ten thousand); the tooltip exact, from fen. */
const axisYuan = (fen: number) => (Math.abs(fen) >= 1_000_000 ? `${fen / 1_000_000}万` : `${fen / 100}`);
const tooltipFen = (value: unknown) => (typeof value === 'number' ? formatFen(value) : String(value));

/** By day, every day of the period is a point (a day without money is 0), so the line does not skip. */
function pointsOf(groupBy: PaymentStatisticsGroupBy, rows: readonly StatisticsRow[], period: { from: string; to: string }): Point[] {
  if (groupBy !== 'DAY') return rows.map((row) => ({ name: row.label, paidFen: row.paidFen, refundedFen: row.refundedFen, netFen: row.netFen }));
  const byDay = new Map(rows.map((row) => [row.key, row]));
  return daysOf(period.from, period.to).map((day) => {
    const row = byDay.get(day);
    return { name: day.slice(5), paidFen: row?.paidFen ?? 0, refundedFen: row?.refundedFen ?? 0, netFen: row?.netFen ?? 0 };
  });
}

/** Bars per channel / business kind / county / revenue item, a line by day: amounts in fen, shown as yuan. */
export function StatisticsChart({ groupBy, rows, period }: { groupBy: PaymentStatisticsGroupBy; rows: readonly StatisticsRow[]; period: { from: string; to: string } }) {
  const points = pointsOf(groupBy, rows, period);
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="name" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis tickFormatter={axisYuan} tick={{ fontSize: 12 }} width={72} label={{ value: '金额（元）', angle: -90, position: 'insideLeft', fontSize: 12 }} />
      <Tooltip formatter={tooltipFen} itemSorter={(item) => SERIES.findIndex((series) => series.key === item.dataKey)} />
      <Legend itemSorter={null} />
    </>
  );
  return (
    <div style={{ width: '100%', height: 320 }} data-testid="statistics-chart" data-kind={groupBy === 'DAY' ? 'line' : 'bar'}>
      <ResponsiveContainer width="100%" height="100%">
        {groupBy === 'DAY' ? (
          <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            {axes}
            {SERIES.map((series) => (
              <Line key={series.key} type="monotone" dataKey={series.key} name={series.name} stroke={series.color} dot={points.length <= 31} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            {axes}
            {SERIES.map((series) => (
              <Bar key={series.key} dataKey={series.key} name={series.name} fill={series.color} maxBarSize={48} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
