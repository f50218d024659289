import type { Person } from './population-gateway.js';

/** The only place that knows the population system's field names. */
export interface PersonXml {
  idNumber: string;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string;
  address: string;
  phone: string;
  photoDigest: string;
}

export const toPerson = (x: PersonXml): Person => ({
  idNumber: String(x.idNumber),
  name: String(x.name),
  gender: String(x.gender) === '2' ? 'FEMALE' : 'MALE',
  ethnicity: String(x.ethnicity ?? ''),
  birthDate: String(x.birthDate ?? ''),
  address: String(x.address ?? ''),
  phone: String(x.phone ?? ''),
  photoDigest: String(x.photoDigest ?? ''),
});
