'use client';

import { Tag } from 'antd-mobile';
import type { ViolationStatus } from '@/gql/graphql';

const LOOK: Record<ViolationStatus, { label: string; color: 'danger' | 'warning' | 'success' }> = {
  UNPROCESSED: { label: '未处理', color: 'danger' },
  PROCESSED: { label: '已处理', color: 'warning' },
  PAID: { label: '已缴款', color: 'success' },
};

export function ViolationStatusTag({ status }: { status: ViolationStatus }) {
  const look = LOOK[status] ?? { label: status, color: 'warning' as const };
  return (
    <Tag color={look.color} fill="outline">
      {look.label}
    </Tag>
  );
}
