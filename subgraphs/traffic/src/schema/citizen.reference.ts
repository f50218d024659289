import { Citizen } from './citizen.type.js';

/** Traffic stores nothing about citizens: the representation (id + required boundPlates) is the entity. */
export const resolveCitizenReference = (reference: { id: string; boundPlates?: string[] }): Citizen =>
  Object.assign(new Citizen(), { id: reference.id, boundPlates: reference.boundPlates ?? [] });
