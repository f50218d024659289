import type { CitizensContext } from '../citizens-context.js';
import { Citizen } from './citizen.type.js';

/** Entity look-up for `Citizen` representations coming from other subgraphs. */
export async function resolveCitizenReference(reference: { id: string }, ctx: CitizensContext): Promise<Citizen | null> {
  const model = await ctx.citizenLoaders.citizenById.load(reference.id);
  return model ? Citizen.from(model) : null;
}
