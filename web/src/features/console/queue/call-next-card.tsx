'use client';

import { SoundOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Select, Space, Typography } from 'antd';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { callNextQueueNumberMutation } from './queue-desk.operations';
import type { Board, HallView } from './types';
import { useMarkNumber } from './use-mark-number';

/**
 * 叫号: this window calls the next number present (checked in, or taken at
 * the hall's machine) whose slot has begun, optionally of one business; what
 * it called stays here until it is marked 办结 or 未到.
 */
export function CallNextCard({
  hall,
  board,
  windowNo,
  itemId,
  onWindowChange,
  onItemChange,
  onChanged,
}: {
  hall: HallView;
  board: Board;
  windowNo: number;
  itemId: string | null;
  onWindowChange: (windowNo: number) => void;
  onItemChange: (itemId: string | null) => void;
  onChanged: () => void;
}) {
  const api = useOfficerApi();
  const { message } = App.useApp();
  const callNext = useMutation(api, callNextQueueNumberMutation);
  const mark = useMarkNumber(hall.id, onChanged);
  const mine = board.nowCalling.filter((call) => call.windowNo === windowNo);

  async function onCall() {
    const { data, errors } = await callNext.run({ hallId: hall.id, windowNo, itemId });
    const payload = data?.callNextQueueNumber;
    if (payload?.called) {
      message.success(`请 ${payload.called.number} 号到 ${windowNo} 号窗口办理`);
      onChanged();
    } else if (payload && !payload.error) {
      message.info('当前没有已签到的等候号码');
    } else {
      message.error(payload?.error ? userErrorMessage(payload.error, '叫号失败，请稍后再试') : (describeErrors(errors)[0] ?? '叫号失败，请稍后再试'));
    }
  }

  return (
    <Card type="inner" title="窗口叫号" data-testid="call-next">
      <Space wrap style={{ marginBottom: 16 }}>
        <span>窗口</span>
        <Select
          style={{ width: 110 }}
          value={windowNo}
          onChange={onWindowChange}
          options={Array.from({ length: hall.windows }, (_, i) => ({ value: i + 1, label: `${i + 1} 号窗口` }))}
          data-testid="window-picker"
        />
        <span>业务</span>
        <Select
          style={{ width: 150 }}
          value={itemId ?? ''}
          onChange={(value: string) => onItemChange(value || null)}
          options={[{ value: '', label: '全部业务' }, ...hall.items.map((item) => ({ value: item.id, label: item.name }))]}
        />
        <Button type="primary" size="large" icon={<SoundOutlined />} loading={callNext.running} onClick={onCall} data-testid="call-next-button">
          叫下一号
        </Button>
      </Space>
      {mine.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本窗口暂无正在办理的号码" />
      ) : (
        <Space orientation="vertical">
          {mine.map((call) => (
            <Space key={call.number} size="large" align="center" data-testid="window-calling" data-number={call.number}>
              <Typography.Title level={2} style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}>
                {call.number}
              </Typography.Title>
              <Typography.Text type="secondary">正在 {call.windowNo} 号窗口办理</Typography.Text>
              <Button type="primary" ghost loading={mark.running} onClick={() => mark.run(call.number, 'SERVED')} data-testid="mark-served">
                办结
              </Button>
              <Button danger loading={mark.running} onClick={() => mark.run(call.number, 'NO_SHOW')} data-testid="mark-no-show">
                未到
              </Button>
            </Space>
          ))}
        </Space>
      )}
    </Card>
  );
}
