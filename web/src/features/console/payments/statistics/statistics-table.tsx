'use client';

import { Table, Typography, type TableColumnsType } from 'antd';
import { formatFen } from '@/features/shared/format/format-fen';
import type { PaymentStatisticsGroupBy } from '@/gql/graphql';
import { GROUPS, totalsOf, type StatisticsRow } from './statistics-groups';

const money = (fen: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>;

/** The rows the chart draws, with a 合计 line: what the CSV export holds. */
export function StatisticsTable({ groupBy, rows, loading }: { groupBy: PaymentStatisticsGroupBy; rows: readonly StatisticsRow[]; loading: boolean }) {
  const spec = GROUPS[groupBy];
  const columns: TableColumnsType<StatisticsRow> = [
    {
      title: spec.header,
      key: 'label',
      render: (_, row) => (
        <span>
          {row.label}
          {spec.codeHeader && row.label !== row.key && (
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {row.key}
            </Typography.Text>
          )}
        </span>
      ),
    },
    { title: '缴费笔数', dataIndex: 'orders', key: 'orders', align: 'right' },
    { title: '缴费金额', dataIndex: 'paidFen', key: 'paidFen', align: 'right', render: money },
    { title: '退款金额', dataIndex: 'refundedFen', key: 'refundedFen', align: 'right', render: money },
    { title: '净收入', dataIndex: 'netFen', key: 'netFen', align: 'right', render: money },
  ];
  const totals = totalsOf(rows);
  return (
    <Table<StatisticsRow>
      rowKey="key"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      locale={{ emptyText: '该期间没有缴费或退款' }}
      data-testid="statistics-table"
      summary={() =>
        rows.length > 0 && (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {totals.orders}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money(totals.paidFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {money(totals.refundedFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {money(totals.netFen)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
