import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkpointMac } from './hash-chain.js';

export interface AuditCheckpoint {
  lastId: string;
  lastHash: string;
}

/** How much of the file's end is read for the newest checkpoint: lines are appended in order, ~200 bytes each. */
const TAIL_BYTES = 256 * 1024;

/**
 * Checkpoints outside the database: one JSON line per head seen, appended (never rewritten) to a file in
 * the subgraph's data folder, each line sealed with the chain key. Someone who can rewrite the database
 * cannot move this file back, so a cut-off or rolled-back tail no longer matches it. Operators can make it
 * append-only for the service user too (`chattr +a`), or ship it to a log store.
 */
export class AuditCheckpointFile {
  private ready: Promise<unknown> | null = null;

  constructor(
    readonly path: string,
    private readonly key: string,
  ) {}

  async append(checkpoint: AuditCheckpoint): Promise<void> {
    this.ready ??= mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    await this.ready;
    const line = JSON.stringify({ ...checkpoint, at: new Date().toISOString(), mac: checkpointMac(this.key, checkpoint.lastId, checkpoint.lastHash) });
    await appendFile(this.path, `${line}\n`, { flag: 'a', mode: 0o600 });
  }

  /** The newest sealed checkpoint in the file (highest id), and how many lines failed their seal. */
  async latest(): Promise<{ checkpoint: AuditCheckpoint | null; forged: number }> {
    let text: string;
    try {
      const handle = await open(this.path, 'r');
      try {
        const { size } = await handle.stat();
        const start = Math.max(0, size - TAIL_BYTES);
        const buffer = Buffer.alloc(size - start);
        await handle.read(buffer, 0, buffer.length, start);
        text = buffer.toString('utf8');
        // A partial first line (we started mid-file) is not a line.
        if (start > 0) text = text.slice(text.indexOf('\n') + 1);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoint: null, forged: 0 };
      throw error;
    }
    let best: AuditCheckpoint | null = null;
    let forged = 0;
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let parsed: { lastId?: unknown; lastHash?: unknown; mac?: unknown };
      try {
        parsed = JSON.parse(line);
      } catch {
        // A torn last line (a crash mid-write) is not an attack; anything else unreadable is.
        if (i < lines.length - 1) forged += 1;
        continue;
      }
      const { lastId, lastHash, mac } = parsed;
      if (typeof lastId !== 'string' || !/^[0-9]{1,19}$/.test(lastId) || typeof lastHash !== 'string' || mac !== checkpointMac(this.key, lastId, lastHash)) {
        forged += 1;
        continue;
      }
      if (!best || BigInt(lastId) > BigInt(best.lastId)) best = { lastId, lastHash };
    }
    return { checkpoint: best, forged };
  }
}
