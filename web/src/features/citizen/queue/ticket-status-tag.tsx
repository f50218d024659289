'use client';

import { Tag } from 'antd-mobile';
import type { QueueTicketStatus } from '@/gql/graphql';

export const TICKET_STATUS_LABELS: Record<QueueTicketStatus, string> = {
  BOOKED: '已预约',
  CHECKED_IN: '已签到',
  CALLED: '已叫号',
  SERVED: '已办结',
  NO_SHOW: '未到场',
  CANCELLED: '已取消',
};

const COLORS: Record<QueueTicketStatus, 'primary' | 'success' | 'warning' | 'danger' | 'default'> = {
  BOOKED: 'primary',
  CHECKED_IN: 'success',
  CALLED: 'warning',
  SERVED: 'success',
  NO_SHOW: 'danger',
  CANCELLED: 'default',
};

/** Numbers still to be served: the ticket page keeps asking for their live status. */
export const isActiveTicket = (status: QueueTicketStatus) => status === 'BOOKED' || status === 'CHECKED_IN' || status === 'CALLED';

export function TicketStatusTag({ status }: { status: QueueTicketStatus }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} fill="outline" data-testid="ticket-status" data-status={status}>
      {TICKET_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
