'use client';

import { Button, Card, DatePicker, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useQuery } from '@/features/shared/api/use-query';
import type { QueueStatisticsQuery } from '@/gql/graphql';
import { beijingToday } from './hall-scope';
import { HallPicker } from './hall-picker';
import { officerQueueHallsQuery } from './queue-halls.operations';
import { queueStatisticsQuery } from './queue-statistics.operations';
import { QueueStatisticsChart } from './queue-statistics-chart';
import type { HallView } from './types';
import { useHallChoice } from './use-hall-choice';

type Day = QueueStatisticsQuery['queueStatistics'][number];

/** The API answers at most 31 days at a time. */
const MAX_DAYS = 31;

const minutes = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));

const columns: TableColumnsType<Day> = [
  { title: '日期', dataIndex: 'date', key: 'date', render: (date: string) => <span data-testid="statistics-date">{date}</span> },
  { title: '网上预约', dataIndex: 'booked', key: 'booked', align: 'right' },
  { title: '现场取号', dataIndex: 'walkIns', key: 'walkIns', align: 'right' },
  { title: '已办结', dataIndex: 'served', key: 'served', align: 'right' },
  { title: '未到', dataIndex: 'noShows', key: 'noShows', align: 'right' },
  { title: '已取消', dataIndex: 'cancelled', key: 'cancelled', align: 'right' },
  { title: '等候中', dataIndex: 'waiting', key: 'waiting', align: 'right' },
  { title: '平均等候（分钟）', dataIndex: 'averageWaitMinutes', key: 'averageWaitMinutes', align: 'right', render: minutes },
];

/** 取号统计 (business officers of the hall's unit): per open day, booked, walk-ins, served, no-shows and the mean wait. */
export function QueueStatisticsScreen() {
  const api = useOfficerApi();
  const halls = useQuery(api, officerQueueHallsQuery, {});
  return (
    <QueryState query={halls} select={(data) => data.queueHalls} title="暂时无法获取办事大厅">
      {(all) => <Statistics halls={all} />}
    </QueryState>
  );
}

function Statistics({ halls: all }: { halls: readonly HallView[] }) {
  const { halls, hall, choose } = useHallChoice(all);
  const today = beijingToday();
  const [range, setRange] = useState<[string, string]>([dayjs(today).subtract(6, 'day').format('YYYY-MM-DD'), today]);
  const [picked, setPicked] = useState<[Dayjs | null, Dayjs | null] | null>([dayjs(range[0]), dayjs(range[1])]);
  if (!hall) return <Empty description="您的单位没有可管理的办事大厅" data-testid="no-halls" />;

  const onQuery = () => {
    const [from, to] = picked ?? [null, null];
    if (from && to) setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
  };

  return (
    <Card title="取号统计" extra={<HallPicker halls={halls} value={hall.id} onChange={choose} />} data-testid="queue-statistics">
      <Space wrap style={{ marginBottom: 16 }}>
        <span>统计日期</span>
        <DatePicker.RangePicker
          value={picked}
          onChange={(value) => setPicked(value)}
          // One request covers at most 31 days.
          disabledDate={(current, { from }) => Boolean(from && Math.abs(current.diff(from, 'day')) >= MAX_DAYS)}
          allowClear={false}
          data-testid="statistics-range"
        />
        <Button type="primary" onClick={onQuery} data-testid="statistics-query">
          查询
        </Button>
        <Typography.Text type="secondary">仅统计大厅开放日；每次最多 {MAX_DAYS} 天</Typography.Text>
      </Space>
      <HallStatistics key={`${hall.id}:${range.join(':')}`} hall={hall} from={range[0]} to={range[1]} />
    </Card>
  );
}

function HallStatistics({ hall, from, to }: { hall: HallView; from: string; to: string }) {
  const api = useOfficerApi();
  const query = useQuery(api, queueStatisticsQuery, { hallId: hall.id, from, to });
  return (
    <QueryState query={query} select={(data) => data.queueStatistics} title="暂时无法获取取号统计">
      {(days, view) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {days.length > 0 && <QueueStatisticsChart days={days} />}
          <Table<Day>
            rowKey="date"
            size="middle"
            loading={view.reloading}
            columns={columns}
            dataSource={days}
            pagination={false}
            locale={{ emptyText: '所选日期内大厅没有开放日' }}
            summary={(rows) => <Totals days={rows} />}
            data-testid="queue-statistics-table"
          />
        </Space>
      )}
    </QueryState>
  );
}

/** 合计: sums, and the days' mean waits weighted by their numbers served (close to the period's mean: most called numbers are served). */
function Totals({ days }: { days: readonly Day[] }) {
  if (days.length === 0) return null;
  const sum = (key: 'booked' | 'walkIns' | 'served' | 'noShows' | 'cancelled' | 'waiting') => days.reduce((total, day) => total + day[key], 0);
  const weighted = days.filter((day) => day.averageWaitMinutes != null && day.served > 0);
  const served = weighted.reduce((total, day) => total + day.served, 0);
  const mean = served > 0 ? weighted.reduce((total, day) => total + (day.averageWaitMinutes ?? 0) * day.served, 0) / served : null;
  const cells = [sum('booked'), sum('walkIns'), sum('served'), sum('noShows'), sum('cancelled'), sum('waiting'), minutes(mean)];
  return (
    <Table.Summary.Row data-testid="statistics-total">
      <Table.Summary.Cell index={0}>
        <strong>合计</strong>
      </Table.Summary.Cell>
      {cells.map((value, i) => (
        <Table.Summary.Cell key={columns[i + 1]?.key ?? i} index={i + 1} align="right">
          <strong>{value}</strong>
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}
