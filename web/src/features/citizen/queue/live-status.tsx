'use client';

import { Card } from 'antd-mobile';
import type { TicketView } from './types';
import styles from './queue.module.css';

/** 排队进度: the number being called, how many will be called first, the estimated wait (the page asks again every few seconds). */
export function LiveStatus({ ticket, refreshSeconds }: { ticket: TicketView; refreshSeconds: number }) {
  const called = ticket.status === 'CALLED';
  return (
    <Card title="排队进度" className={styles.card} data-testid="live-status" data-now-calling={ticket.nowCalling ?? ''} data-ahead={ticket.ahead ?? ''}>
      {called ? (
        <p className={styles.called} data-testid="called-window">
          已叫到您的号码，请到 {ticket.windowNo ?? '—'} 号窗口办理
        </p>
      ) : (
        <div className={styles.live}>
          <div>
            <span className={styles.liveValue} data-testid="now-calling">
              {ticket.nowCalling ?? '—'}
            </span>
            <span className={styles.liveLabel}>当前叫号</span>
          </div>
          <div>
            <span className={styles.liveValue} data-testid="ahead">
              {ticket.ahead ?? '—'}
            </span>
            <span className={styles.liveLabel}>前面等候（人）</span>
          </div>
          <div>
            <span className={styles.liveValue} data-testid="estimated-wait">
              {ticket.estimatedWaitMinutes != null ? ticket.estimatedWaitMinutes : '—'}
            </span>
            <span className={styles.liveLabel}>预计等候（分钟）</span>
          </div>
        </div>
      )}
      <p className={styles.hint}>
        {ticket.status === 'BOOKED' ? '到达大厅后请先在窗口扫码签到，签到后按顺序叫号。' : '请留意大厅叫号屏和广播，过号需重新排队。'}每{refreshSeconds}秒自动更新。
      </p>
    </Card>
  );
}
