'use client';

import { Button, Dialog, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { formatStamp } from '@/features/shared/format/format-time';
import { cancelQueueTicketMutation } from './queue.operations';
import type { TicketView } from './types';
import styles from './queue.module.css';

const FALLBACK = '暂时无法取消，请稍后再试';

/** 取消预约, after a confirmation that says until when it is possible; the hall decides (CANCEL_TOO_LATE…). */
export function CancelTicket({ ticket, onChanged }: { ticket: TicketView; onChanged: () => void }) {
  const api = useCitizenApi();
  const cancel = useMutation(api, cancelQueueTicketMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function onCancel() {
    const confirmed = await Dialog.confirm({
      title: '取消预约',
      content: `取消后号码 ${ticket.number} 作废，如需办理请重新取号。可取消至 ${formatStamp(ticket.cancellableUntil)}，确定取消吗？`,
      confirmText: '确定取消',
      cancelText: '暂不取消',
    });
    if (!confirmed) return;
    setProblem(null);
    const { data, errors } = await cancel.run({ id: ticket.id });
    const payload = data?.cancelQueueTicket;
    if (payload?.ticket) {
      Toast.show({ icon: 'success', content: '已取消预约' });
      onChanged();
      return;
    }
    setProblem(payload?.error ? userErrorMessage(payload.error, FALLBACK) : (describeErrors(errors)[0] ?? FALLBACK));
    // The ticket may have moved on meanwhile (checked in, closed): show it as it is now.
    if (payload?.error) onChanged();
  }

  return (
    <div className={styles.actions}>
      {problem && <NoticeBar content={problem} color="alert" wrap data-testid="cancel-problem" />}
      <Button block color="danger" fill="outline" loading={cancel.running} onClick={onCancel} data-testid="cancel-ticket">
        取消预约
      </Button>
    </div>
  );
}
