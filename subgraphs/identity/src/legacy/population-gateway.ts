/** The population system (人口系统) as identity sees it. Implementations: SOAP, cached. */
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

export interface CallContext {
  requestId: string;
}

export interface PopulationGateway {
  /** Persons by ID number; unknown numbers are absent from the map. */
  findPersons(idNumbers: readonly string[], ctx: CallContext): Promise<Map<string, Person>>;
  countSameName(name: string, ctx: CallContext): Promise<number>;
}
