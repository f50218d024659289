/** `text` inside an ILIKE pattern taken literally: `%`, `_` and the escape character itself are escaped. */
export const literalLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The constraint a unique violation (23505) names, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === '23505' ? (e.constraint ?? '') : null;
}
