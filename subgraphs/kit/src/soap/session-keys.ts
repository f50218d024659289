/**
 * A legacy platform's session key (e.g. the traffic platform's serverHander), shared by all calls of this process.
 * Concurrent callers wait on one login; an invalidated key is replaced once.
 */
export class SessionKeys {
  private current?: { key: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(private readonly login: () => Promise<{ key: string; expiresInSeconds: number }>) {}

  async get(): Promise<string> {
    if (this.current && Date.now() < this.current.expiresAt) return this.current.key;
    this.pending ??= this.login()
      .then(({ key, expiresInSeconds }) => {
        // Renew a little early so a key does not expire between our check and the platform's.
        this.current = { key, expiresAt: Date.now() + Math.max(1, expiresInSeconds - 30) * 1000 };
        return key;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  invalidate(key: string): void {
    if (this.current?.key === key) this.current = undefined;
  }
}
