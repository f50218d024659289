'use client';

import { usePayloadFeedback } from '@/features/console/forms/payload-feedback';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import type { QueueMark } from '@/gql/graphql';
import { markQueueTicketMutation } from './queue-desk.operations';

const DONE: Record<QueueMark, string> = { SERVED: '已办结', NO_SHOW: '已记为未到' };

/** 办结 / 未到 for a number a window called; the machine's refusal comes back in its own words. */
export function useMarkNumber(hallId: string, onMarked: () => void) {
  const api = useOfficerApi();
  const mark = useMutation(api, markQueueTicketMutation);
  const feedback = usePayloadFeedback();
  return {
    running: mark.running,
    async run(number: string, status: QueueMark) {
      const result = await mark.run({ input: { hallId, number, status } });
      if (feedback(result, (data) => data.markQueueTicket, `${number} ${DONE[status]}`)) onMarked();
    },
  };
}
