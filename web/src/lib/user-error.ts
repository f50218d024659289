/** A business refusal from a mutation payload (`{ code message }`). */
export interface UserErrorLike {
  code: string;
  message: string;
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * What to show for a payload error: our own wording for codes we know, the
 * server's message when it is Chinese (they are written for users), else the
 * fallback — an English message is never shown to a user.
 */
export function userErrorMessage(error: UserErrorLike, fallback: string, known: Record<string, string> = {}): string {
  return known[error.code] ?? (HAS_CHINESE.test(error.message) ? error.message : fallback);
}
