/** Conventions of the recorder (legacy/scripts/record-samples.ts) that replays must undo. */

/** Session keys in recorded requests and answers: a live replay puts a key the stand-in issued in its place. */
export const SESSION_PLACEHOLDER = '0123456789ABCDEF0123456789ABCDEF';
