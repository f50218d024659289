import type { Logger } from '@jingtong/kit';
import type { FugitiveGateway } from '@jingtong/legacy-clients';
import type { FugitiveAlertSink, ScreenedPerson } from './alert-sink.js';

/**
 * 在逃人员比对 (tender 2.7.4) on every registration and real-name verification. It runs beside the
 * citizen's request, never in it: the citizen's answer is built and sent the same way whether the
 * person is listed or not, and a slow or failing check cannot delay or fail it.
 */
export class FugitiveScreening {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly fugitive: FugitiveGateway,
    private readonly sink: FugitiveAlertSink,
    private readonly logger: Logger,
  ) {}

  screen(person: ScreenedPerson, requestId: string): void {
    const run: Promise<void> = this.check(person, requestId).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private async check(person: ScreenedPerson, requestId: string): Promise<void> {
    try {
      const hit = await this.fugitive.check(person.idNumber, { requestId });
      if (hit) await this.sink.raise(hit, person, requestId);
    } catch (error) {
      // Never the ID number in a log line: the citizen id and the request id find it.
      this.logger.error({ requestId, citizenId: person.citizenId, err: { code: (error as { extensions?: { code?: string } }).extensions?.code } }, 'fugitive check failed');
    }
  }

  /** Waits for checks in flight (graceful shutdown, tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
