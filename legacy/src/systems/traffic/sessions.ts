/** serverHander session keys: opaque, expiring, in memory (a restart logs everyone out, as it did). */
import { randomUUID } from 'node:crypto';

export class SessionStore {
  private readonly sessions = new Map<string, { userId: string; expiresAt: number }>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(userId: string): { sessionKey: string; expiresIn: number } {
    this.prune();
    const sessionKey = randomUUID().replaceAll('-', '').toUpperCase();
    this.sessions.set(sessionKey, { userId, expiresAt: this.now() + this.ttlSeconds * 1000 });
    return { sessionKey, expiresIn: Math.ceil(this.ttlSeconds) };
  }

  isValid(sessionKey: string | undefined): boolean {
    if (!sessionKey) return false;
    const session = this.sessions.get(sessionKey);
    if (!session) return false;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(sessionKey);
      return false;
    }
    return true;
  }

  clear(): void {
    this.sessions.clear();
  }

  private prune(): void {
    const now = this.now();
    for (const [key, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(key);
  }
}
