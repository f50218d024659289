'use client';

import { Button, NoticeBar } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { payOrderHref } from '@/features/citizen/payments/pay-pages';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { formatFen } from '@/features/shared/format/format-fen';
import { formatDate } from './format';
import type { ViolationView } from './types';
import { payViolationFineMutation } from './violations.operations';
import styles from './vehicles.module.css';

const FALLBACK = '暂时无法缴款，请稍后再试';

/**
 * The payment part of one violation: a processed one can be paid (the order is
 * made now, its amount including any 加处罚款 as of today), a paid one says so,
 * an unprocessed one has nothing to pay yet and says where to process it.
 */
export function ViolationFine({ plate, violation }: { plate: string; violation: ViolationView }) {
  if (violation.status === 'PAID') {
    return (
      <p className={styles.finePaid} data-testid="fine-paid">
        已缴款{violation.decisionNumber ? `（决定书编号 ${violation.decisionNumber}）` : ''}
      </p>
    );
  }
  if (violation.status !== 'PROCESSED') {
    return (
      <p className={styles.fineHint} data-testid="fine-unprocessed">
        该违法尚未处理，请先通过交管12123或到交警窗口处理，处理后即可在此缴纳罚款
      </p>
    );
  }
  return <PayFine plate={plate} violation={violation} />;
}

function PayFine({ plate, violation }: { plate: string; violation: ViolationView }) {
  const api = useCitizenApi();
  const router = useRouter();
  const pay = useMutation(api, payViolationFineMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function onPay() {
    setProblem(null);
    const { data, errors } = await pay.run({ input: { plate, violationId: violation.id } });
    const payload = data?.payViolationFine;
    if (payload?.payment) {
      router.push(payOrderHref(payload.payment.orderId));
      return;
    }
    setProblem(payload?.error ? userErrorMessage(payload.error, FALLBACK) : (describeErrors(errors)[0] ?? FALLBACK));
  }

  return (
    <div className={styles.finePayment} data-testid="fine-payment">
      <dl className={styles.facts}>
        <dt>决定书编号</dt>
        <dd data-testid="decision-number">{violation.decisionNumber ?? '—'}</dd>
        {violation.decidedAt && (
          <>
            <dt>决定日期</dt>
            <dd>{formatDate(violation.decidedAt)}</dd>
          </>
        )}
        <dt>罚款金额</dt>
        <dd className={styles.fineAmount}>{formatFen(violation.fineYuan * 100)}</dd>
      </dl>
      <p className={styles.fineHint}>自处罚决定之日起15日内缴纳；逾期每日按罚款数额的3%加处罚款，缴费时一并计算。</p>
      {problem && <NoticeBar content={problem} color="alert" wrap data-testid="fine-payment-problem" />}
      <Button block color="primary" loading={pay.running} onClick={onPay} data-testid="pay-fine">
        缴纳罚款
      </Button>
    </div>
  );
}
