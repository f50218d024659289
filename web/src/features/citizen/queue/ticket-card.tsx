'use client';

import { Card, Image } from 'antd-mobile';
import { formatStamp } from '@/features/shared/format/format-time';
import { fullDayLabel } from './queue-dates';
import { isActiveTicket, TicketStatusTag } from './ticket-status-tag';
import type { TicketView } from './types';
import styles from './queue.module.css';

/** The ticket as the window sees it: the number, the QR code to scan (large), where and when. */
export function TicketCard({ ticket }: { ticket: TicketView }) {
  return (
    <Card className={styles.card} data-testid="queue-ticket" data-ticket-id={ticket.id}>
      <div className={styles.ticketHead}>
        <span className={styles.itemName}>{ticket.item.name}</span>
        <span className={styles.number} data-testid="ticket-number">
          {ticket.number}
        </span>
        <TicketStatusTag status={ticket.status} />
      </div>
      {isActiveTicket(ticket.status) && (
        <div className={styles.qr}>
          {/* Large, for the window's scanner: a PNG data URL from the API. */}
          <Image src={ticket.qrCode} alt={`取号凭证二维码 ${ticket.number}`} className={styles.qrImage} width={260} height={260} fit="contain" lazy={false} data-testid="ticket-qr" />
          <p className={styles.hint}>到达大厅后请向窗口出示此二维码签到，请勿截图转发他人</p>
        </div>
      )}
      <dl className={styles.facts}>
        <dt>办事大厅</dt>
        <dd data-testid="ticket-hall">{ticket.hall.name}</dd>
        <dt>大厅地址</dt>
        <dd>
          <span data-testid="ticket-address">{ticket.hall.address}</span>{' '}
          <a href={ticket.hall.mapUrl} target="_blank" rel="noreferrer" className={styles.mapLink} data-testid="ticket-map">
            地图导航
          </a>
        </dd>
        <dt>办理日期</dt>
        <dd data-testid="ticket-date">{fullDayLabel(ticket.date)}</dd>
        <dt>预约时段</dt>
        <dd data-testid="ticket-slot">{ticket.slot}</dd>
        {ticket.status === 'BOOKED' && (
          <>
            <dt>取消截止</dt>
            <dd data-testid="ticket-cancellable-until">{formatStamp(ticket.cancellableUntil)}</dd>
          </>
        )}
        {ticket.checkedInAt && (
          <>
            <dt>签到时间</dt>
            <dd>{formatStamp(ticket.checkedInAt)}</dd>
          </>
        )}
        {ticket.calledAt && (
          <>
            <dt>叫号时间</dt>
            <dd>
              {formatStamp(ticket.calledAt)}
              {ticket.windowNo != null && `（${ticket.windowNo} 号窗口）`}
            </dd>
          </>
        )}
        <dt>取号时间</dt>
        <dd>{formatStamp(ticket.createdAt)}</dd>
      </dl>
    </Card>
  );
}
