'use client';

import { Button, ErrorBlock } from 'antd-mobile';
import Link from 'next/link';
import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { QueryFailure, QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { failureOf } from '@/features/shared/api/query-view';
import { usePolling } from '@/features/shared/api/use-polling';
import { useQuery } from '@/features/shared/api/use-query';
import { CancelTicket } from './cancel-ticket';
import { LiveStatus } from './live-status';
import { MY_TICKETS_PAGE, QUEUE_SERVICE, TICKET_PAGE } from './queue-pages';
import { queueTicketQuery } from './queue.operations';
import { TicketCard } from './ticket-card';
import { isActiveTicket } from './ticket-status-tag';
import styles from './queue.module.css';

/** The live status is the hall machine's, cached briefly by the API: every ten seconds is often enough. */
const POLL_SECONDS = 10;

/** 取号凭证 (/h5/queue/tickets/<id>): the number, its QR code for the window, and how far the queue has come. */
export function TicketScreen({ ticketId }: { ticketId: string }) {
  return (
    <CitizenServicePage page={TICKET_PAGE} backHref={MY_TICKETS_PAGE.route}>
      {(token) => <Ticket key={token} ticketId={ticketId} />}
    </CitizenServicePage>
  );
}

function Ticket({ ticketId }: { ticketId: string }) {
  const api = useCitizenApi();
  const query = useQuery(api, queueTicketQuery, { id: ticketId });
  const ticket = query.data?.queueTicket;
  // Until it is served, missed or cancelled, without reloading the page.
  usePolling(query, Boolean(ticket && isActiveTicket(ticket.status)), POLL_SECONDS * 1_000);

  return (
    <QueryState query={query} select={(data) => data} title="暂时无法获取取号信息">
      {(data, view) => {
        const found = data.queueTicket;
        if (!found) {
          if (query.errors.length > 0) return <QueryFailure failure={failureOf(query.errors)} title="暂时无法获取取号信息" onRetry={query.reload} retrying={view.reloading} />;
          return (
            <ErrorBlock status="empty" title="未找到该取号记录" description="请在“我的取号”中查看您的号码" data-testid="ticket-missing">
              <Link href={MY_TICKETS_PAGE.route}>
                <Button color="primary">我的取号</Button>
              </Link>
            </ErrorBlock>
          );
        }
        return (
          <div className={styles.content}>
            <TicketCard ticket={found} />
            {isActiveTicket(found.status) && <LiveStatus ticket={found} refreshSeconds={POLL_SECONDS} />}
            {found.status === 'BOOKED' && <CancelTicket ticket={found} onChanged={query.reload} />}
            <div className={styles.buttons}>
              <Link href={MY_TICKETS_PAGE.route}>{MY_TICKETS_PAGE.title} ›</Link>
              <Link href={QUEUE_SERVICE.route}>继续取号 ›</Link>
            </div>
          </div>
        );
      }}
    </QueryState>
  );
}
