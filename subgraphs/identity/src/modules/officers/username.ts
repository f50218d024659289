/**
 * The account a name refers to: NFKC (full-width ＡＢＣ -> ABC), trimmed, lower-case.
 * Sign-in failures count against this, so "Officer01", " officer01" and "ＯＦＦＩＣＥＲ01" are one account.
 */
export const normalizeUsername = (raw: string) => raw.normalize('NFKC').trim().toLowerCase();

export const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;
