import type { Kysely } from 'kysely';
import type { AuditCheckpointFile } from './checkpoint-file.js';
import type { AuditDatabase } from './audit-table.js';

/**
 * Writes the chain's head to the checkpoint file soon after every append (at most once per interval),
 * so that cutting off rows newer than the last verification is caught too. Heads this process committed
 * itself are written as they were; rows appended inside a caller's transaction become visible only when
 * that transaction commits, so for those the committed head is read back until it has caught up.
 */
export class AuditHeadWitness {
  private written = -1n;
  private known: { id: bigint; hash: string } | null = null;
  private awaited = -1n;
  private retries = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastWriteAt = 0;

  constructor(
    private readonly db: Kysely<AuditDatabase>,
    private readonly file: AuditCheckpointFile,
    private readonly intervalMs = 1000,
  ) {}

  /** A head this process has just committed. */
  committed(id: string, hash: string): void {
    const n = BigInt(id);
    if (!this.known || n > this.known.id) this.known = { id: n, hash };
    this.schedule();
  }

  /** A row appended inside someone else's transaction: its commit is not ours to see. */
  appended(id: string): void {
    const n = BigInt(id);
    if (n > this.awaited) this.awaited = n;
    this.retries = 0;
    this.schedule();
  }

  /** Write what is pending now (tests, shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.run();
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run().catch(() => {
        // The next append or verification tries again; a verification still compares against what was written.
      });
    }, wait);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    const previous = this.running;
    const current = (async () => {
      await previous;
      if (this.awaited > this.written && (!this.known || this.known.id < this.awaited)) {
        const head = await this.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
        if (head && (!this.known || BigInt(head.id) > this.known.id)) this.known = { id: BigInt(head.id), hash: head.hash };
        // Not committed yet (or rolled back): look again a few times, then leave it to the next append.
        if ((!this.known || this.known.id < this.awaited) && this.retries++ < 10) this.schedule();
      }
      const known = this.known;
      if (!known || known.id <= this.written) return;
      this.lastWriteAt = Date.now();
      await this.file.append({ lastId: String(known.id), lastHash: known.hash });
      if (known.id > this.written) this.written = known.id;
    })();
    this.running = current.catch(() => undefined);
    return current;
  }
}
