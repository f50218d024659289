'use client';

import { Button, Card, List, NoticeBar, Selector, Toast } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { HallChoice } from './hall-choice';
import { dayLabel } from './queue-dates';
import { ticketHref } from './queue-pages';
import { queueSlotsQuery, takeQueueNumberMutation } from './queue.operations';
import { SlotChoice } from './slot-choice';
import type { Hall } from './types';
import styles from './queue.module.css';

const FALLBACK = '暂时无法取号，请稍后再试';

/** Refusals that mean the slots or dates the page shows are out of date: ask again, keep the citizen here. */
const SLOTS_CHANGED = new Set(['SLOT_FULL', 'SLOT_INVALID']);
const DATES_CHANGED = new Set(['DATE_NOT_BOOKABLE', 'HALL_NOT_FOUND', 'ITEM_NOT_SERVED']);

interface Choice {
  hallId: string | null;
  itemId: string | null;
  date: string | null;
  slot: string | null;
}

const NOTHING: Choice = { hallId: null, itemId: null, date: null, slot: null };

/**
 * 大厅 → 业务 → 日期 → 时段 → 确认取号. A refusal (约满, 已预约, 暂停预约…) is
 * shown in the hall's own words and the citizen stays on the form with what
 * they chose, the slots asked again.
 */
export function TakeNumberForm({ halls, onHallsChanged }: { halls: readonly Hall[]; onHallsChanged: () => void }) {
  const api = useCitizenApi();
  const router = useRouter();
  const take = useMutation(api, takeQueueNumberMutation);
  const [choice, setChoice] = useState<Choice>(NOTHING);
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const hall = halls.find((candidate) => candidate.id === choice.hallId) ?? null;
  const item = hall?.items.find((candidate) => candidate.id === choice.itemId) ?? null;
  const ready = Boolean(hall && item && choice.date);
  const slots = useQuery(api, queueSlotsQuery, { hallId: choice.hallId ?? '', itemId: choice.itemId ?? '', date: choice.date ?? '' }, { skip: !ready });

  function choose(change: Partial<Choice>) {
    setProblem(null);
    setChoice((current) => ({ ...current, ...change }));
  }

  function chooseHall(hallId: string) {
    const next = halls.find((candidate) => candidate.id === hallId);
    // One item: nothing to choose.
    choose({ hallId, itemId: next?.items.length === 1 ? next.items[0].id : null, date: null, slot: null });
  }

  async function onTake() {
    if (!hall || !item || !choice.date || !choice.slot) return;
    setProblem(null);
    const { data, errors } = await take.run({ input: { hallId: hall.id, itemId: item.id, date: choice.date, slot: choice.slot } });
    const payload = data?.takeQueueNumber;
    if (payload?.ticket) {
      Toast.show({ icon: 'success', content: `取号成功：${payload.ticket.number}` });
      router.push(ticketHref(payload.ticket.id));
      return;
    }
    const error = payload?.error;
    setProblem({ code: error?.code ?? 'FAILED', message: error ? userErrorMessage(error, FALLBACK) : (describeErrors(errors)[0] ?? FALLBACK) });
    if (error && SLOTS_CHANGED.has(error.code)) {
      setChoice((current) => ({ ...current, slot: null }));
      slots.reload();
    }
    if (error && DATES_CHANGED.has(error.code)) onHallsChanged();
  }

  return (
    <div className={styles.actions}>
      <HallChoice halls={halls} value={choice.hallId} onChange={chooseHall} />
      {hall && (
        <List header="选择办理业务" className={styles.section}>
          <div className={styles.choices} data-testid="item-choice">
            <Selector
              columns={2}
              value={choice.itemId ? [choice.itemId] : []}
              onChange={(next) => choose({ itemId: next[0] ?? null, slot: null })}
              options={hall.items.map((candidate) => ({ value: candidate.id, label: <span data-item={candidate.id}>{candidate.name}</span>, description: `${candidate.prefix}字头号码` }))}
            />
          </div>
        </List>
      )}
      {hall && item && (
        <List header="选择办理日期" className={styles.section}>
          {hall.bookableDates.length === 0 ? (
            <p className={styles.hint}>该大厅近期暂无可预约的工作日</p>
          ) : (
            <div className={styles.choices} data-testid="date-choice">
              <Selector
                columns={3}
                value={choice.date ? [choice.date] : []}
                onChange={(next) => choose({ date: next[0] ?? null, slot: null })}
                options={hall.bookableDates.map((date) => ({ value: date, label: <span data-date={date}>{dayLabel(date)}</span> }))}
              />
            </div>
          )}
        </List>
      )}
      {ready && (
        <List header="选择时段" className={styles.section}>
          <SlotChoice query={slots} value={choice.slot} onChange={(slot) => choose({ slot })} />
        </List>
      )}
      <Card title="取号须知" className={styles.card}>
        <ul className={styles.notes}>
          <li>请在预约时段内到达大厅，在窗口出示取号凭证上的二维码签到，签到后等候叫号。</li>
          <li>同一大厅同一天只能预约一个号；网上号码与现场取号按同一顺序叫号。</li>
          <li>不能按时到场的，请在取消截止时间前取消；多次预约未到场将暂停网上预约。</li>
        </ul>
      </Card>
      <div className={styles.actions}>
        {problem && <NoticeBar content={problem.message} color="alert" wrap data-testid="take-number-problem" data-code={problem.code} />}
        {hall && item && choice.date && choice.slot && (
          <p className={styles.summary} data-testid="take-number-summary">
            {hall.name} · {item.name} · {dayLabel(choice.date)} {choice.slot}
          </p>
        )}
        <Button block size="large" color="primary" disabled={!choice.slot} loading={take.running} onClick={onTake} data-testid="take-number">
          确认取号
        </Button>
      </div>
    </div>
  );
}
