'use client';

import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { weekdaysText } from './queue-labels';
import type { HallView } from './types';

/** The next `limit` of `dates` from today on: a holiday list spans years. */
const upcoming = (dates: readonly string[], today: string, limit = 12) => dates.filter((date) => date >= today).slice(0, limit);

/** What the hall's queue machine says (synced every hour): read here, changed at the machine. */
export function HallMachineFacts({ hall, today }: { hall: HallView; today: string }) {
  const holidays = upcoming(hall.holidays, today);
  const workdays = upcoming(hall.workdays, today);
  return (
    <Card type="inner" title="大厅信息（来自排队叫号系统）" data-testid="hall-facts">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="大厅编号">
          <code>{hall.id}</code>
        </Descriptions.Item>
        <Descriptions.Item label="所在区县">
          {hall.county}（{hall.countyCode}）
        </Descriptions.Item>
        <Descriptions.Item label="地址" span={2}>
          {hall.address}{' '}
          <a href={hall.mapUrl} target="_blank" rel="noreferrer">
            地图
          </a>
        </Descriptions.Item>
        <Descriptions.Item label="办理业务" span={2}>
          <span data-testid="hall-items">
            {hall.items.map((item) => (
              <Tag key={item.id}>
                {item.prefix} · {item.name}（{item.id}）
              </Tag>
            ))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="窗口数">
          <span data-testid="hall-windows">{hall.windows}</span> 个
        </Descriptions.Item>
        <Descriptions.Item label="每时段">{hall.slotMinutes} 分钟</Descriptions.Item>
        <Descriptions.Item label="办公时间">{hall.openingHours.map((session) => `${session.start}-${session.end}`).join('、')}</Descriptions.Item>
        <Descriptions.Item label="开放日">{weekdaysText(hall.openWeekdays)}</Descriptions.Item>
        <Descriptions.Item label="近期法定节假日" span={2}>
          {holidays.length ? holidays.join('、') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="近期调休上班日" span={2}>
          {workdays.length ? workdays.join('、') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="当前可预约日期" span={2}>
          <Space wrap data-testid="hall-bookable-dates">
            {hall.bookableDates.length ? hall.bookableDates.map((date) => <Tag key={date}>{date}</Tag>) : '暂无'}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        窗口、办理业务、办公时间、开放日和节假日以大厅排队叫号机为准，每小时同步一次；如需调整请在叫号系统中设置。
      </Typography.Paragraph>
    </Card>
  );
}
