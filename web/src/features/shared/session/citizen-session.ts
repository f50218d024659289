import { createSessionStore } from './session-store';

/** The citizen's token (H5). A real-name step hands back a new token with the new level: save it over this one. */
export const citizenSession = createSessionStore('jingtong.citizen.session');
