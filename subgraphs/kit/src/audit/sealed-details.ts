/**
 * What `disclose()` seals into a DISCLOSURE row's details (an officer's free-text remark may name anyone):
 * stored encrypted with the subgraph's PII cipher, opened only for the audit administrator's view.
 */
export const SEALED_DISCLOSURE_DETAILS = ['note'] as const;

/**
 * A row's `details` as the audit administrator reads them: on a DISCLOSURE row, the sealed values opened.
 * A value that does not open (a retired key, a changed row) stays as stored and is flagged
 * (`<key>Unreadable: true`), so one bad row never hides the page. Other rows are returned as stored.
 */
export function openSealedDetails(action: string, details: string | null, unseal: (sealed: string) => string): string | null {
  if (action !== 'DISCLOSURE' || !details) return details;
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return details;
  const opened: Record<string, unknown> = { ...parsed };
  let changed = false;
  for (const key of SEALED_DISCLOSURE_DETAILS) {
    const sealed = opened[key];
    if (typeof sealed !== 'string') continue;
    changed = true;
    try {
      opened[key] = unseal(sealed);
    } catch {
      opened[`${key}Unreadable`] = true;
    }
  }
  return changed ? JSON.stringify(opened) : details;
}
