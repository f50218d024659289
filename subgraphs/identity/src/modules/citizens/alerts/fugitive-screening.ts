import { enqueueJob, type JobExecutor, type JobDatabase } from '@jingtong/kit';
import type { FugitiveGateway } from '@jingtong/legacy-clients';
import type { FugitiveAlertSink } from './alert-sink.js';

export const FUGITIVE_SCREEN_JOB = 'fugitive.screen';

export interface ScreeningJob {
  citizenId: string;
  requestId: string;
}

/**
 * 在逃人员比对 (tender 2.7.4) on every registration and real-name verification, as a durable job
 * enqueued in the caller's transaction: it runs beside the citizen's request, never in it (the answer is
 * the same whether the person is listed or not, and a slow check cannot delay it), and a crash or an
 * outage of the fugitive system no longer loses it: the job is retried until the check answers.
 * The payload carries the citizen's id only; the ID number is read (and decrypted) when the job runs.
 */
export const enqueueScreening = <DB extends JobDatabase>(trx: JobExecutor<DB>, job: ScreeningJob) =>
  enqueueJob(trx, { kind: FUGITIVE_SCREEN_JOB, key: `${job.citizenId}:${job.requestId}`, payload: job });

export class FugitiveScreening {
  constructor(
    private readonly fugitive: FugitiveGateway,
    private readonly sink: FugitiveAlertSink,
    /** The citizen's ID number now (null: no longer a verified record, e.g. merged into another). */
    private readonly idNumberOf: (citizenId: string) => Promise<string | null>,
  ) {}

  /** The job's body; throws (and so is retried) while the fugitive system cannot answer. */
  async run(job: ScreeningJob): Promise<void> {
    const idNumber = await this.idNumberOf(job.citizenId);
    if (!idNumber) return;
    const hit = await this.fugitive.check(idNumber, { requestId: job.requestId });
    if (hit) await this.sink.raise(hit, { citizenId: job.citizenId, idNumber }, job.requestId);
  }
}
