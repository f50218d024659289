/**
 * How a payment platform stand-in tells a merchant about a trade: it POSTs a signed notification
 * to the merchant's notify URL and keeps re-sending until the merchant acknowledges it the way the
 * platform requires (Alipay: the body `success`; WeChat Pay v3: HTTP 200/204), as the real ones do
 * on a schedule of minutes to hours (here: `retryMs`, short). Each channel builds its own request
 * (fields, signature, encryption); sending, retrying, the admin modes and replays are shared here.
 *
 * Admin modes, so tests can reproduce what the platforms do on a bad day:
 *   normal: sent at once; never: recorded, not sent (until replayed); late: sent after `lateMs`.
 * `replay` sends a trade's recorded notifications again, N copies in parallel, newest first when
 * asked (`reversed`: out of order, e.g. a refund's before the payment's).
 */
import { setTimeout as sleep } from 'node:timers/promises';

export type NotifyMode = 'normal' | 'never' | 'late';

export interface NotificationRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface NotificationAnswer {
  status: number;
  body: string;
}

export interface NotifierOptions {
  /** The platform's rule for "the merchant got it". */
  acknowledged(answer: NotificationAnswer): boolean;
  /** Waits between re-sends of an unacknowledged notification; its length is the number of retries. */
  retryMs: readonly number[];
  /** Aborted when the stand-in closes: no timer outlives it. */
  signal?: AbortSignal;
}

interface Recorded {
  /** The trade the notification is about (merchant's out_trade_no). */
  outTradeNo: string;
  /** Built again per send: a platform signs each delivery with a fresh timestamp and nonce. */
  build(): NotificationRequest;
  acknowledged: boolean;
}

export class PaymentNotifier {
  private mode: NotifyMode = 'normal';
  private lateMs = 0;
  private readonly history: Recorded[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly options: NotifierOptions) {}

  setMode(mode: NotifyMode, lateMs = 0) {
    this.mode = mode;
    this.lateMs = lateMs;
  }

  /** Records the notification and delivers it per the current mode (in the background; never throws). */
  notify(outTradeNo: string, build: () => NotificationRequest): void {
    const recorded: Recorded = { outTradeNo, build, acknowledged: false };
    this.history.push(recorded);
    if (this.mode === 'never') return;
    const delay = this.mode === 'late' ? this.lateMs : 0;
    this.track(this.deliver(recorded, delay));
  }

  /** Every notification recorded for the trade, `times` copies each, sent in parallel; the answers in sending order. */
  async replay(outTradeNo: string, { times = 1, reversed = false }: { times?: number; reversed?: boolean } = {}): Promise<NotificationAnswer[]> {
    const mine = this.history.filter((n) => n.outTradeNo === outTradeNo);
    if (reversed) mine.reverse();
    const answers: NotificationAnswer[] = [];
    for (const recorded of mine) {
      answers.push(...(await Promise.all(Array.from({ length: times }, () => this.send(recorded)))));
    }
    return answers;
  }

  /** How many were recorded for the trade, and how many of those the merchant acknowledged. */
  count(outTradeNo: string) {
    const mine = this.history.filter((n) => n.outTradeNo === outTradeNo);
    return { recorded: mine.length, acknowledged: mine.filter((n) => n.acknowledged).length };
  }

  /** Resolves when no delivery or retry is pending (tests). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  reset() {
    this.history.length = 0;
    this.mode = 'normal';
    this.lateMs = 0;
  }

  private track(work: Promise<unknown>) {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async deliver(recorded: Recorded, delayMs: number) {
    try {
      if (delayMs > 0) await sleep(delayMs, undefined, { signal: this.options.signal });
      for (let attempt = 0; ; attempt++) {
        const answer = await this.send(recorded);
        if (this.options.acknowledged(answer) || attempt >= this.options.retryMs.length) return;
        await sleep(this.options.retryMs[attempt], undefined, { signal: this.options.signal });
      }
    } catch {
      // Closing (the abort signal): the platform simply stops trying.
    }
  }

  private async send(recorded: Recorded): Promise<NotificationAnswer> {
    const { url, headers, body } = recorded.build();
    try {
      const response = await fetch(url, { method: 'POST', headers, body, signal: this.options.signal });
      const answer = { status: response.status, body: await response.text() };
      if (this.options.acknowledged(answer)) recorded.acknowledged = true;
      return answer;
    } catch {
      return { status: 0, body: '' }; // unreachable merchant: retried like a refusal
    }
  }
}
