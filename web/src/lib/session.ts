/**
 * The citizen's session token lives in sessionStorage: it dies with the tab,
 * which suits an H5 page opened from Alipay / WeChat.
 */
const STORAGE_KEY = 'jingtong.citizen.session';
const CHANGE_EVENT = 'jingtong:session-change';

export interface Session {
  token: string;
  /** ISO timestamp; a session past it is treated as signed out. */
  expiresAt: string | null;
}

export function readSession(): Session | null {
  const raw = window.sessionStorage.getItem(STORAGE_KEY);
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
}

export function saveSession(session: Session): void {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function clearSession(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function subscribeSession(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}
