import DataLoader from 'dataloader';
import { findCitizensByIds, type Citizen } from '../db/repositories/citizens.js';
import type { IdentityDeps } from '../deps.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const citizenByIdLoader = (deps: IdentityDeps) =>
  new DataLoader<string, Citizen | null>(async (ids) => {
    const valid = ids.filter((id) => UUID.test(id));
    const found = await findCitizensByIds(deps.database.db, deps.cipher, valid);
    const byId = new Map(found.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
