import { OfficerKit } from '../../kit/officers.js';
import { eventually } from '../citizens.support.js';
import { type PaymentDesk, START } from './payment-desk.js';

const PAY_FINE = `mutation($i: PayViolationFineInput!) { payViolationFine(input: $i) { payment { orderId amountFen } error { code message field } } }`;
const VIOLATIONS = `{ me { vehicles { plate violations { id status decidedAt } } } }`;
const FULFIL_JOBS = `{ jobQueues { payment { jobs(kind: "payment.order.fulfil") { key state attempts lastError } } } }`;

type Fine = { id: string; status: string; decidedAt: string | null };

/** The owner is told at least once: a fine paid while the traffic platform is down is marked paid when it is back, once. */
export function fulfilment(desk: () => PaymentDesk) {
  it('retries telling traffic after the platform failed (the job visible to the system administrator), then marks the fine paid exactly once', async () => {
    const { stack } = desk();
    const token = await stack.signIn(stack.legacy.seed.demoCitizen().idNumber);
    const vehicles = (await stack.graphql(VIOLATIONS, {}, token)).body.data.me.vehicles as Array<{ plate: string; violations: Fine[] }>;
    const unpaid = vehicles.flatMap((v) => v.violations.filter((x) => x.status === 'PROCESSED' && x.decidedAt).map((x) => [v.plate, x] as const));
    // The Alipay scenario paid the first of them, the late-fee one ordered the last: the first still unpaid is untouched.
    expect(unpaid.length).toBeGreaterThanOrEqual(2);
    const [plate, fine] = unpaid[0]!;
    const { orderId } = (await stack.graphql(PAY_FINE, { i: { plate, violationId: fine.id } }, token)).body.data.payViolationFine.payment;
    await stack.drainJobs();
    expect((await stack.graphql(START, { i: { orderId, channel: 'ALIPAY' } }, token)).body.data.startPayment.error).toBeNull();
    const sysadmin = await new OfficerKit(stack).demo('sysadmin');
    const fulfilJob = async () => ((await stack.graphql(FULFIL_JOBS, {}, sysadmin)).body.data.jobQueues.payment.jobs as Array<{ key: string; state: string; attempts: number; lastError: string | null }>).find((j) => j.key === orderId);
    const recorded = () => stack.legacy.stats().traffic?.recordViolationPayment ?? 0;

    stack.legacy.setFaults({ system: 'traffic', mode: 'down' });
    try {
      stack.legacy.payments.pay('alipay', await desk().outTradeNoOf(orderId, 'ALIPAY'));
      await stack.legacy.payments.settled();
      expect(await desk().status(orderId, token)).toBe('PAID');
      await eventually(async () => {
        await stack.drainJobs();
        const job = await fulfilJob();
        return job?.state === 'PENDING' && job.attempts >= 1 && job.lastError !== null;
      }, 'the fulfilment failed and waits for its retry', 15_000);
    } finally {
      stack.legacy.setFaults({ system: 'traffic', mode: 'normal' });
    }
    const before = recorded();
    await eventually(async () => {
      await stack.drainJobs();
      return (await fulfilJob())?.state === 'DONE';
    }, 'the retried fulfilment went through', 20_000);
    const paidFine = () => stack.graphql(VIOLATIONS, {}, token).then((r) => (r.body.data.me.vehicles as Array<{ violations: Fine[] }>).flatMap((v) => v.violations).find((v) => v.id === fine.id));
    expect((await paidFine())?.status).toBe('PAID');
    expect(recorded() - before).toBe(1);

    // Alipay repeats its notification: nothing more reaches the platform.
    await stack.legacy.payments.replay('alipay', await desk().outTradeNoOf(orderId, 'ALIPAY'), { times: 3 });
    await stack.drainJobs();
    expect(recorded() - before).toBe(1);
  });
}
