import { Citizen } from './citizen.type.js';

/** Traffic stores nothing about citizens: the representation (id + required legalId) is the entity. */
export const resolveCitizenReference = (reference: { id: string; legalId?: string }): Citizen =>
  Object.assign(new Citizen(), { id: reference.id, legalId: reference.legalId });
