'use client';

import { Selector } from 'antd-mobile';
import { QueryState } from '@/features/citizen/shell/query-state';
import type { QueryResult } from '@/features/shared/api/use-query';
import type { QueueSlotsQuery } from '@/gql/graphql';
import styles from './queue.module.css';

/** The day's slots with the seats left online; a full slot is shown, but cannot be chosen. */
export function SlotChoice({ query, value, onChange }: { query: QueryResult<QueueSlotsQuery>; value: string | null; onChange: (slot: string | null) => void }) {
  return (
    <QueryState query={query} select={(data) => data.queueSlots} title="暂时无法获取可预约时段" variant="inline">
      {(slots) =>
        slots.length === 0 ? (
          <p className={styles.hint}>该日期暂无可预约时段，请选择其他日期</p>
        ) : (
          <div className={styles.choices} data-testid="slot-choice">
            <Selector
              columns={2}
              value={value ? [value] : []}
              onChange={(next) => onChange(next[0] ?? null)}
              options={slots.map((slot) => ({
                value: slot.slot,
                disabled: slot.left <= 0,
                label: (
                  <span data-testid="slot-option" data-slot={slot.slot} data-left={slot.left}>
                    {slot.slot}
                  </span>
                ),
                description: slot.left > 0 ? `余${slot.left}个号` : '已约满',
              }))}
            />
          </div>
        )
      }
    </QueryState>
  );
}
