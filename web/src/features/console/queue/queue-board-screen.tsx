'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Space, Statistic, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { usePolling } from '@/features/shared/api/use-polling';
import { useQuery } from '@/features/shared/api/use-query';
import { CallNextCard } from './call-next-card';
import { HallPicker } from './hall-picker';
import { QrScanner } from './qr-scanner';
import { QueueBoardTable } from './queue-board-table';
import { queueBoardQuery } from './queue-desk.operations';
import { officerQueueHallsQuery } from './queue-halls.operations';
import type { HallView } from './types';
import { useHallChoice } from './use-hall-choice';

/** The board follows the windows of the other desks too. */
const BOARD_POLL_MS = 10_000;

/**
 * 排队叫号 (business officers of the hall's unit): today's board of one hall,
 * the scanner that checks citizens in by their QR code, and this window's
 * call-next with 办结 / 未到. Another day's numbers can be looked at too.
 */
export function QueueBoardScreen() {
  const api = useOfficerApi();
  const halls = useQuery(api, officerQueueHallsQuery, {});
  return (
    <QueryState query={halls} select={(data) => data.queueHalls} title="暂时无法获取办事大厅">
      {(all) => <QueueDesk halls={all} />}
    </QueryState>
  );
}

function QueueDesk({ halls: all }: { halls: readonly HallView[] }) {
  const { halls, hall, choose } = useHallChoice(all);
  // Null: the hall's today, as its machine counts it.
  const [date, setDate] = useState<string | null>(null);
  if (!hall) return <Empty description="您的单位没有可管理的办事大厅" data-testid="no-halls" />;
  return (
    <Card
      title="排队叫号"
      extra={
        <Space wrap>
          <HallPicker halls={halls} value={hall.id} onChange={choose} />
          <DatePicker allowClear placeholder="今天" value={date ? dayjs(date) : null} onChange={(value) => setDate(value ? value.format('YYYY-MM-DD') : null)} data-testid="board-date" />
        </Space>
      }
      data-testid="queue-desk"
    >
      <HallBoard key={`${hall.id}:${date ?? 'today'}`} hall={hall} date={date} />
    </Card>
  );
}

function HallBoard({ hall, date }: { hall: HallView; date: string | null }) {
  const api = useOfficerApi();
  const query = useQuery(api, queueBoardQuery, { hallId: hall.id, date });
  const [windowNo, setWindowNo] = useState(1);
  const [itemId, setItemId] = useState<string | null>(null);
  usePolling(query, true, BOARD_POLL_MS);
  const today = date === null;

  return (
    <QueryState query={query} select={(data) => data.queueBoard} title="暂时无法获取叫号信息">
      {(board) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {today ? (
            <Row gutter={16}>
              <Col xs={24} xl={10}>
                <QrScanner hallId={hall.id} onCheckedIn={query.reload} />
              </Col>
              <Col xs={24} xl={14}>
                <CallNextCard hall={hall} board={board} windowNo={windowNo} itemId={itemId} onWindowChange={setWindowNo} onItemChange={setItemId} onChanged={query.reload} />
              </Col>
            </Row>
          ) : (
            <Alert type="info" showIcon title={`正在查看 ${board.date} 的号码；扫码签到和叫号仅限当天`} />
          )}
          <Row gutter={16} data-testid="board-summary">
            <Col span={6}>
              <Statistic title="日期" value={board.date} />
            </Col>
            <Col span={6}>
              <Statistic title="等候人数" value={board.waiting} />
            </Col>
            <Col span={6}>
              <Statistic title="平均等候" value={board.averageWaitMinutes ?? '—'} precision={board.averageWaitMinutes != null ? 1 : undefined} suffix={board.averageWaitMinutes != null ? '分钟' : undefined} />
            </Col>
            <Col span={6}>
              <Statistic title="当日号码" value={board.numbers.length} />
            </Col>
          </Row>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <span data-testid="now-calling">
              正在叫号：
              {board.nowCalling.length === 0
                ? '—'
                : board.nowCalling.map((call) => (
                    <Tag key={call.number} color="orange">
                      {call.number} → {call.windowNo} 号窗口
                    </Tag>
                  ))}
            </span>
            <Button icon={<ReloadOutlined />} onClick={query.reload}>
              刷新
            </Button>
          </Space>
          <QueueBoardTable hall={hall} board={board} today={today} onChanged={query.reload} />
        </Space>
      )}
    </QueryState>
  );
}
