/** A business refusal from a mutation payload (`UserErrorFields`: `{ code message field }`). */
export interface UserErrorLike {
  code: string;
  message: string;
  /** The input the failure is about, as the API names it (`plate`, `idNumber`…), when there is one. */
  field?: string | null;
}

/** The part of an antd / antd-mobile form instance that marks fields. */
interface FieldMarker<F extends string> {
  setFields(fields: Array<{ name: F; errors: string[] }>): void;
}

/**
 * Marks the field a payload error names, when it is one of the form's
 * (`fields`): the citizen sees what to correct next to the input itself.
 */
export function markField<const F extends string>(form: FieldMarker<NoInfer<F>>, error: UserErrorLike | null | undefined, message: string, fields: readonly F[]): void {
  const field = fields.find((name) => name === error?.field);
  if (field) form.setFields([{ name: field, errors: [message] }]);
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
