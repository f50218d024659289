'use client';

import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { QueueNumberStatus } from '@/gql/graphql';
import { CHANNEL_LABELS, formatClock, NUMBER_STATUS_COLORS, NUMBER_STATUS_LABELS } from './queue-labels';
import type { Board, BoardNumber, HallView } from './types';
import { useMarkNumber } from './use-mark-number';

const STATUSES = Object.keys(NUMBER_STATUS_LABELS) as QueueNumberStatus[];

/** Every number of the day in order of issue, online and walk-in alike; a called one can be marked here too. */
export function QueueBoardTable({ hall, board, today, onChanged }: { hall: HallView; board: Board; today: boolean; onChanged: () => void }) {
  const mark = useMarkNumber(hall.id, onChanged);
  const itemName = (itemId: string) => hall.items.find((item) => item.id === itemId)?.name ?? itemId;

  const columns: TableColumnsType<BoardNumber> = [
    {
      title: '号码',
      dataIndex: 'number',
      key: 'number',
      width: 90,
      render: (number: string) => (
        <strong style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="board-number">
          {number}
        </strong>
      ),
    },
    { title: '业务', dataIndex: 'itemId', key: 'item', render: itemName, filters: hall.items.map((item) => ({ text: item.name, value: item.id })), onFilter: (value, row) => row.itemId === value },
    { title: '时段', dataIndex: 'slot', key: 'slot', width: 120 },
    { title: '来源', dataIndex: 'channel', key: 'channel', width: 100, render: (channel: BoardNumber['channel']) => CHANNEL_LABELS[channel] ?? channel },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 100,
      filters: STATUSES.map((status) => ({ text: NUMBER_STATUS_LABELS[status], value: status })),
      onFilter: (value, row) => row.status === value,
      render: (status: QueueNumberStatus) => (
        <Tag color={NUMBER_STATUS_COLORS[status] ?? 'default'} data-testid="board-status" data-status={status}>
          {NUMBER_STATUS_LABELS[status] ?? status}
        </Tag>
      ),
    },
    { title: '取号', dataIndex: 'issuedAt', key: 'issuedAt', width: 80, render: formatClock },
    { title: '签到', dataIndex: 'checkedInAt', key: 'checkedInAt', width: 80, render: formatClock },
    { title: '叫号', key: 'called', width: 130, render: (_, row) => (row.calledAt ? `${formatClock(row.calledAt)}（${row.windowNo ?? '—'}号窗口）` : '—') },
    { title: '办结', key: 'closed', width: 80, render: (_, row) => formatClock(row.servedAt ?? row.closedAt) },
  ];
  if (today) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, row) =>
        row.status === 'CALLED' && (
          <Space size={0}>
            <Button size="small" type="link" loading={mark.running} onClick={() => mark.run(row.number, 'SERVED')}>
              办结
            </Button>
            <Button size="small" type="link" danger loading={mark.running} onClick={() => mark.run(row.number, 'NO_SHOW')}>
              未到
            </Button>
          </Space>
        ),
    });
  }

  return (
    <Table<BoardNumber>
      rowKey="number"
      size="middle"
      columns={columns}
      dataSource={board.numbers}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '当天还没有号码' }}
      data-testid="queue-board-table"
    />
  );
}
