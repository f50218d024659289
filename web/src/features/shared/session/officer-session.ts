import { createSessionStore } from './session-store';

/**
 * The officer's token (console). The gateway ends it after 30 minutes without
 * a request; the page learns that from an UNAUTHENTICATED answer.
 */
export const officerSession = createSessionStore('jingtong.officer.session');
