'use client';

import { ErrorBlock } from 'antd-mobile';
import Link from 'next/link';
import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { MY_TICKETS_PAGE, QUEUE_SERVICE } from './queue-pages';
import { queueHallsQuery } from './queue.operations';
import { TakeNumberForm } from './take-number-form';
import styles from './queue.module.css';

/** 大厅取号 (/h5/queue): book a number of a hall for one of its next working days. */
export function TakeNumberScreen() {
  return <CitizenServicePage page={QUEUE_SERVICE}>{(token) => <TakeNumber key={token} />}</CitizenServicePage>;
}

function TakeNumber() {
  const api = useCitizenApi();
  const query = useQuery(api, queueHallsQuery, {});
  return (
    <div className={styles.content}>
      <div className={styles.topLink}>
        <Link href={MY_TICKETS_PAGE.route} data-testid="my-tickets-link">
          {MY_TICKETS_PAGE.title} ›
        </Link>
      </div>
      <QueryState query={query} select={(data) => data.queueHalls} title="暂时无法获取办事大厅">
        {(halls) =>
          halls.length === 0 ? (
            <ErrorBlock status="empty" title="暂无可网上取号的大厅" description="请稍后再试，或直接到大厅现场取号" data-testid="no-halls" />
          ) : (
            <TakeNumberForm halls={halls} onHallsChanged={query.reload} />
          )
        }
      </QueryState>
    </div>
  );
}
