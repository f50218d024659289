'use client';

import { Button, ErrorBlock, List } from 'antd-mobile';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { dayLabel } from './queue-dates';
import { MY_TICKETS_PAGE, QUEUE_SERVICE, ticketHref } from './queue-pages';
import { myQueueTicketsQuery } from './queue.operations';
import { TicketStatusTag } from './ticket-status-tag';
import type { TicketListItem } from './types';
import styles from './queue.module.css';

/** 我的取号 (/h5/queue/tickets): the citizen's numbers, newest first, each opening its ticket. */
export function MyTicketsScreen() {
  return (
    <CitizenServicePage page={MY_TICKETS_PAGE} backHref={QUEUE_SERVICE.route}>
      {(token) => <MyTickets key={token} />}
    </CitizenServicePage>
  );
}

function MyTickets() {
  const api = useCitizenApi();
  const query = useQuery(api, myQueueTicketsQuery, {});
  return (
    <QueryState query={query} select={(data) => data.myQueueTickets} title="暂时无法获取取号记录">
      {(tickets) =>
        tickets.length === 0 ? (
          <ErrorBlock status="empty" title="暂无取号记录" description="可在“大厅取号”中预约行政服务大厅、车管大厅的号码" data-testid="no-tickets">
            <Link href={QUEUE_SERVICE.route}>
              <Button color="primary">去取号</Button>
            </Link>
          </ErrorBlock>
        ) : (
          <List header={`我的取号（${tickets.length}个）`} data-testid="my-tickets">
            {tickets.map((ticket) => (
              <TicketItem key={ticket.id} ticket={ticket} />
            ))}
          </List>
        )
      }
    </QueryState>
  );
}

function TicketItem({ ticket }: { ticket: TicketListItem }) {
  const router = useRouter();
  return (
    <List.Item
      onClick={() => router.push(ticketHref(ticket.id))}
      extra={
        <span className={styles.itemExtra}>
          <span className={styles.itemNumber}>{ticket.number}</span>
          <TicketStatusTag status={ticket.status} />
        </span>
      }
      description={
        <span className={styles.itemDetails}>
          <span>{ticket.item.name}</span>
          <span>
            {dayLabel(ticket.date)} {ticket.slot}
          </span>
        </span>
      }
      data-testid="my-ticket"
      data-ticket-id={ticket.id}
    >
      {ticket.hall.name}
    </List.Item>
  );
}
