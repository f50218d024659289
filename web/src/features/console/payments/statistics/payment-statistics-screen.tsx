'use client';

import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Row, Segmented, Space, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useQuery } from '@/features/shared/api/use-query';
import { formatFen } from '@/features/shared/format/format-fen';
import type { PaymentStatisticsGroupBy } from '@/gql/graphql';
import { addDays, beijingToday, daysBetween } from '../beijing-day';
import { paymentStatisticsQuery } from './payment-statistics.operations';
import { StatisticsChart } from './statistics-chart';
import { downloadCsv, statisticsCsv } from './statistics-csv';
import { GROUP_ORDER, GROUPS, totalsOf } from './statistics-groups';
import { StatisticsTable } from './statistics-table';

/** The API answers at most 366 Beijing days at once. */
const MAX_DAYS = 366;

interface Period {
  from: string;
  to: string;
}

const lastDays = (days: number, today = beijingToday()): Period => ({ from: addDays(today, 1 - days), to: today });

const asDay = (date: string) => dayjs(date);

/** Statistic formats plain numbers; fen are shown as yuan by our own formatter (exact, never float). */
const fenValue = (testId: string) => (value: number | string) => <span data-testid={testId}>{formatFen(Number(value))}</span>;

/**
 * 缴费统计 (business officers): money paid and refunded over Beijing days, by channel, business kind, county,
 * revenue item or day — totals, a chart, the table, and the table as a CSV file for the finance office.
 */
export function PaymentStatisticsScreen() {
  const api = useOfficerApi();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<Period>(() => lastDays(30));
  const [groupBy, setGroupBy] = useState<PaymentStatisticsGroupBy>('CHANNEL');
  const query = useQuery(api, paymentStatisticsQuery, { from: period.from, to: period.to, groupBy });
  const rows = query.data?.paymentStatistics;
  const today = beijingToday();
  const presets = [
    { label: '今天', value: [asDay(today), asDay(today)] as [Dayjs, Dayjs] },
    { label: '近 7 天', value: [asDay(addDays(today, -6)), asDay(today)] as [Dayjs, Dayjs] },
    { label: '近 30 天', value: [asDay(addDays(today, -29)), asDay(today)] as [Dayjs, Dayjs] },
    { label: '本月', value: [asDay(`${today.slice(0, 8)}01`), asDay(today)] as [Dayjs, Dayjs] },
    { label: '本年', value: [asDay(`${today.slice(0, 5)}01-01`), asDay(today)] as [Dayjs, Dayjs] },
  ];

  function onRange(range: [Dayjs | null, Dayjs | null] | null) {
    const [start, end] = range ?? [null, null];
    if (!start || !end) return;
    const next = { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') };
    if (daysBetween(next.from, next.to) >= MAX_DAYS) {
      message.warning('统计区间不能超过 366 天');
      return;
    }
    setPeriod(next);
  }

  function onExport() {
    if (!rows) return;
    downloadCsv(`缴费统计_${GROUPS[groupBy].header}_${period.from}_${period.to}.csv`, statisticsCsv(groupBy, rows));
  }

  const totals = totalsOf(rows ?? []);
  return (
    <Card
      title="缴费统计"
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} disabled={!rows} onClick={onExport} data-testid="export-csv">
            导出 CSV
          </Button>
          <Button icon={<ReloadOutlined />} onClick={query.reload}>
            刷新
          </Button>
        </Space>
      }
      data-testid="payment-statistics"
    >
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          value={[asDay(period.from), asDay(period.to)]}
          allowClear={false}
          presets={presets}
          onChange={onRange}
          disabledDate={(day, info) => day.format('YYYY-MM-DD') > today || (info.from ? Math.abs(day.diff(info.from, 'day')) >= MAX_DAYS : false)}
          data-testid="statistics-range"
        />
        <Segmented<PaymentStatisticsGroupBy> value={groupBy} onChange={setGroupBy} options={GROUP_ORDER.map((value) => ({ value, label: GROUPS[value].tab }))} data-testid="statistics-group" />
      </Space>
      <QueryState query={query} select={(data) => data.paymentStatistics} title="暂时无法获取缴费统计">
        {(value, view) => (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Row gutter={16} data-testid="statistics-totals">
              <Col xs={12} md={6}>
                <Statistic title="缴费笔数" value={totals.orders} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="缴费金额" value={totals.paidFen} formatter={fenValue('total-paid')} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="退款金额" value={totals.refundedFen} formatter={fenValue('total-refunded')} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="净收入" value={totals.netFen} formatter={fenValue('total-net')} />
              </Col>
            </Row>
            <StatisticsChart groupBy={groupBy} rows={value} period={period} />
            <StatisticsTable groupBy={groupBy} rows={value} loading={view.reloading} />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
