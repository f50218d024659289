import type { CallContext } from '../call-context.js';

/** A person in the population register (人口系统). */
export interface Person {
  idNumber: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  ethnicity: string;
  birthDate: string;
  address: string;
  phone: string;
  photoDigest: string;
}

/** The population system. Implementations: SOAP, cached. */
export interface PopulationGateway {
  /** Persons by ID number, in one call; unknown numbers are absent from the map. */
  findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>>;
}
