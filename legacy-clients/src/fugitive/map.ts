import type { FugitiveHit } from './fugitive-gateway.js';

/** The only place that knows the fugitive comparison service's field names. */
export interface HitXml {
  idNumber: string;
  caseNumber: string;
  wantedBy: string;
  category: string;
  listedOn: string;
}

export const toHit = (x: HitXml): FugitiveHit => ({
  idNumber: String(x.idNumber),
  caseNumber: String(x.caseNumber),
  wantedBy: String(x.wantedBy ?? ''),
  category: String(x.category ?? ''),
  listedOn: String(x.listedOn ?? ''),
});
