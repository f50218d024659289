'use client';

import { List, Tag } from 'antd-mobile';
import { formatDateTime } from './format';
import type { ViolationView } from './types';
import { ViolationFine } from './violation-fine';
import { ViolationStatusTag } from './violation-status-tag';
import styles from './vehicles.module.css';

export function ViolationItem({ plate, violation }: { plate: string; violation: ViolationView }) {
  return (
    <List.Item
      data-testid="violation"
      extra={<ViolationStatusTag status={violation.status} />}
      description={
        <div className={styles.violationDetails}>
          <time dateTime={violation.occurredAt}>{formatDateTime(violation.occurredAt)}</time>
          <span>{violation.place}</span>
          <span className={styles.violationPenalty}>
            <Tag color="danger" fill="outline">
              {violation.points > 0 ? `扣${violation.points}分` : '不扣分'}
            </Tag>
            <Tag color="warning" fill="outline">
              {violation.fineYuan > 0 ? `罚款${violation.fineYuan}元` : '不罚款'}
            </Tag>
          </span>
          <span className={styles.agency}>处理机关：{violation.agency}</span>
          <ViolationFine plate={plate} violation={violation} />
        </div>
      }
    >
      {violation.behavior}
    </List.Item>
  );
}
