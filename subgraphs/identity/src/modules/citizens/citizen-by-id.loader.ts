import DataLoader from 'dataloader';
import { findCitizensByIds, type Citizen } from './store/citizens.repository.js';
import type { IdentityDeps } from '../../deps.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const citizenByIdLoader = (deps: IdentityDeps) =>
  new DataLoader<string, Citizen | null>(async (ids) => {
    const found = await findCitizensByIds(deps.database.db, deps.cipher, ids.filter((id) => UUID.test(id)));
    return ids.map((id) => found.get(id) ?? null);
  });
