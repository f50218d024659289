/** The platform's per-merchant request rate limit (FREQUENCY_LIMITED, HTTP 429): at most `perSecond` calls in any one-second window. */
export class FrequencyLimit {
  private readonly recent: number[] = [];

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {}

  /** Counts the call; false when it is over the limit (and then not counted). */
  take(): boolean {
    const now = this.now();
    while (this.recent.length && this.recent[0] <= now - 1000) this.recent.shift();
    if (this.recent.length >= this.perSecond) return false;
    this.recent.push(now);
    return true;
  }

  clear(): void {
    this.recent.length = 0;
  }
}
