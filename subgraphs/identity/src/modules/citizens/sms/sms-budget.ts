import type { FieldCipher, ShortLivedStore } from '@jingtong/kit';
import type { HumanCheck, HumanCheckChallenge } from './human-check.js';

/** SMS_FREE_PER_SOURCE, SMS_MAX_PER_SOURCE, SMS_MAX_PER_MINUTE (identity env). */
export interface SmsBudgetLimits {
  /** Codes a client address may ask for in an hour without a human check. */
  freePerSource: number;
  /** Codes a client address may ask for in an hour, human checks included. */
  maxPerSource: number;
  /** Codes the whole service sends in a minute, every caller together (cost and SMS-bombing cap). */
  maxPerMinute: number;
}

export const DEFAULT_SMS_BUDGET: SmsBudgetLimits = { freePerSource: 3, maxPerSource: 20, maxPerMinute: 120 };

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export type BudgetVerdict =
  | { ok: true }
  | { ok: false; code: 'HUMAN_CHECK_REQUIRED' | 'HUMAN_CHECK_FAILED'; humanCheck: HumanCheckChallenge }
  | { ok: false; code: 'SMS_BUDGET_EXCEEDED'; retryAfterSeconds: number };

/**
 * Before the per-phone limits (one a minute, ten a day), which a fan-out over many phones never meets: per client
 * address, a few free codes an hour, then one human check per code up to a cap; and a global cap a minute. Every
 * counter is an atomic increment that reserves its slot first, so parallel requests cannot all slip under a limit.
 */
export class SmsBudget {
  constructor(
    private readonly store: ShortLivedStore,
    private readonly cipher: FieldCipher,
    private readonly check: HumanCheck,
    private readonly limits: SmsBudgetLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  private async retryAfter(key: string, fallbackMs: number) {
    return Math.max(1, Math.ceil(((await this.store.ttlMs(key)) ?? fallbackMs) / 1000));
  }

  async admit(rawSource: string | undefined, answer: { id: string; answer: number } | null | undefined): Promise<BudgetVerdict> {
    // Callers without an address (straight to the subgraph, signed) share one source.
    const source = this.cipher.blindIndex(rawSource ?? 'none', 'sms-source');
    const all = `sms:src:all:${source}`;
    if (answer) {
      if (!(await this.check.verify(source, answer.id, answer.answer))) return { ok: false, code: 'HUMAN_CHECK_FAILED', humanCheck: await this.check.issue(source) };
    } else if ((await this.store.increment(`sms:src:free:${source}`, HOUR_MS)) > this.limits.freePerSource) {
      return { ok: false, code: 'HUMAN_CHECK_REQUIRED', humanCheck: await this.check.issue(source) };
    }
    if ((await this.store.increment(all, HOUR_MS)) > this.limits.maxPerSource) return { ok: false, code: 'SMS_BUDGET_EXCEEDED', retryAfterSeconds: await this.retryAfter(all, HOUR_MS) };
    const minute = `sms:global:${Math.floor(this.clock() / MINUTE_MS)}`;
    if ((await this.store.increment(minute, MINUTE_MS * 2)) > this.limits.maxPerMinute) {
      return { ok: false, code: 'SMS_BUDGET_EXCEEDED', retryAfterSeconds: Math.max(1, Math.ceil((MINUTE_MS - (this.clock() % MINUTE_MS)) / 1000)) };
    }
    return { ok: true };
  }
}
