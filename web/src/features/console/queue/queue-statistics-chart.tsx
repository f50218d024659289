'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { QueueStatisticsQuery } from '@/gql/graphql';

type Day = QueueStatisticsQuery['queueStatistics'][number];

const SERIES = [
  { key: 'booked', name: '网上预约', color: '#1f3b73' },
  { key: 'walkIns', name: '现场取号', color: '#8c8c8c' },
  { key: 'served', name: '已办结', color: '#52c41a' },
  { key: 'noShows', name: '未到', color: '#f5222d' },
] as const;

/** Numbers per open day, side by side: how much of the hall's day came online, and how much of it was served. */
export function QueueStatisticsChart({ days }: { days: readonly Day[] }) {
  const points = days.map((day) => ({ ...day, name: day.date.slice(5) }));
  return (
    <div style={{ width: '100%', height: 300 }} data-testid="queue-statistics-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={48} label={{ value: '号数', angle: -90, position: 'insideLeft', fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {SERIES.map((series) => (
            <Bar key={series.key} dataKey={series.key} name={series.name} fill={series.color} maxBarSize={32} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
