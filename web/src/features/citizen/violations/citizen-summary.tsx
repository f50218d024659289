'use client';

import { Button, Card } from 'antd-mobile';
import type { Me } from './types';
import styles from './vehicles.module.css';

/** Name and ID number arrive already masked by the gateway; shown as they are. */
export function CitizenSummary({ me, onSignOut }: { me: Pick<Me, 'name' | 'idNumber'>; onSignOut: () => void }) {
  return (
    <Card data-testid="citizen">
      <div className={styles.summary}>
        <div>
          <div className={styles.summaryName}>{me.name ?? '未实名'}</div>
          {me.idNumber && <div className={styles.summaryId}>身份证号 {me.idNumber}</div>}
        </div>
        <Button size="small" fill="outline" onClick={onSignOut}>
          退出
        </Button>
      </div>
    </Card>
  );
}
