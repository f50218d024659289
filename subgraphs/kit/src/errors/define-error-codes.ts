/**
 * One documented list of codes per package (federation `internals-js/src/error.ts` style):
 * each code has the message a citizen reads (Simplified Chinese) and a description for developers.
 * `scripts/error-codes.ts` prints every package's list into the README and checks it in CI.
 */
export interface ErrorCodeSpec {
  /** What the caller reads (Simplified Chinese, no personal data). */
  readonly message: string;
  /** For developers and the README: when this code is returned. */
  readonly description: string;
  /** `payload`: a mutation's `error { code }`; `query`: a thrown error's `extensions.code`; `http`: a refusal before GraphQL. */
  readonly where: 'payload' | 'query' | 'both' | 'http';
  /** HTTP status when the code ends a request before GraphQL (gateway) or maps to one. */
  readonly http?: number;
}

export interface ErrorCatalogue<Code extends string = string> {
  /** The package that returns these codes, e.g. `identity`. */
  readonly owner: string;
  readonly codes: { readonly [K in Code]: ErrorCodeSpec };
}

export function defineErrorCodes<const Codes extends Record<string, ErrorCodeSpec>>(owner: string, codes: Codes): ErrorCatalogue<Extract<keyof Codes, string>> {
  return { owner, codes };
}

export type CodeOf<C> = C extends ErrorCatalogue<infer K> ? K : never;
