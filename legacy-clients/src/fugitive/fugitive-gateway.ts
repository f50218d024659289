import type { CallContext } from '../call-context.js';

/** A listing in the fugitive register (在逃人员库). */
export interface FugitiveHit {
  idNumber: string;
  caseNumber: string;
  /** Name of the issuing unit. */
  wantedBy: string;
  category: string;
  /** YYYY-MM-DD. */
  listedOn: string;
}

/** The fugitive comparison service (在逃人员比对, tender 2.7.4). */
export interface FugitiveGateway {
  /** The listing for this ID number, or null when the person is not listed. */
  check(idNumber: string, ctx: CallContext): Promise<FugitiveHit | null>;
}
