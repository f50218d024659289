/**
 * A session token kept in sessionStorage: it dies with the tab, which suits
 * an H5 page opened inside Alipay / WeChat and a console on a shared desk PC.
 * Citizens and officers each get their own store (own key), so signing in on
 * one side never hands a token to the other.
 */
export interface Session {
  token: string;
  /** ISO timestamp; a session past it is treated as signed out. */
  expiresAt: string | null;
}

export interface SessionStore {
  read(): Session | null;
  save(session: Session): void;
  clear(): void;
  subscribe(onChange: () => void): () => void;
}

export function createSessionStore(storageKey: string): SessionStore {
  const changeEvent = `jingtong:session-change:${storageKey}`;
  return {
    read() {
      const raw = window.sessionStorage.getItem(storageKey);
      if (!raw) return null;
      try {
        const session = JSON.parse(raw) as Partial<Session>;
        if (typeof session.token !== 'string' || session.token === '') return null;
        const expiresAt = typeof session.expiresAt === 'string' ? session.expiresAt : null;
        if (expiresAt && Date.parse(expiresAt) <= Date.now()) return null;
        return { token: session.token, expiresAt };
      } catch {
        return null;
      }
    },
    save(session) {
      window.sessionStorage.setItem(storageKey, JSON.stringify(session));
      window.dispatchEvent(new Event(changeEvent));
    },
    clear() {
      window.sessionStorage.removeItem(storageKey);
      window.dispatchEvent(new Event(changeEvent));
    },
    subscribe(onChange) {
      window.addEventListener(changeEvent, onChange);
      window.addEventListener('storage', onChange);
      return () => {
        window.removeEventListener(changeEvent, onChange);
        window.removeEventListener('storage', onChange);
      };
    },
  };
}
