'use client';

import { ErrorBlock, List } from 'antd-mobile';
import type { ViolationView } from './types';
import { ViolationItem } from './violation-item';
import styles from './vehicles.module.css';

/**
 * `violations` may be missing when the traffic platform failed for this
 * vehicle; the page-level notice says why, this just marks the gap.
 */
export function ViolationList({ plate, violations }: { plate: string; violations: readonly ViolationView[] | null | undefined }) {
  if (violations == null) {
    return <p className={styles.unavailable}>违法记录暂不可用，请稍后再试</p>;
  }
  if (violations.length === 0) {
    return (
      <ErrorBlock
        status="empty"
        title="暂无违法记录"
        description="请继续保持安全文明驾驶"
        style={{ '--image-height': '72px', padding: '12px 0' }}
        data-testid="no-violations"
      />
    );
  }
  return (
    <List header={`违法记录（${violations.length}条）`} className={styles.violationList}>
      {violations.map((violation) => (
        <ViolationItem key={violation.id} plate={plate} violation={violation} />
      ))}
    </List>
  );
}
