/**
 * Who is on the wanted list (在逃人员): a fixed share of the seeded persons, chosen by a hash of
 * the seed and the ID number rather than by the faker stream, so the rest of the seeded world
 * is unchanged by it. Never the demo citizen, who must be able to register and sign in.
 */
import { createHash } from 'node:crypto';
import type { Person } from './types.js';

export const FUGITIVE_SHARE = 0.003;

export function selectFugitives(persons: readonly Person[], seed: number, demoIdNumber: string): string[] {
  const count = Math.max(1, Math.round(persons.length * FUGITIVE_SHARE));
  return persons
    .filter((p) => p.idNumber !== demoIdNumber)
    .map((p) => ({ idNumber: p.idNumber, rank: createHash('sha256').update(`fugitive:${seed}:${p.idNumber}`).digest('hex') }))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1))
    .slice(0, count)
    .map((p) => p.idNumber)
    .sort();
}
