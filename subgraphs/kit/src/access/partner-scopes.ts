import { SUBGRAPHS } from '../../../registry.js';

type Entry = (typeof SUBGRAPHS)[number];
type ScopesOf<E> = E extends { scopes: infer S } ? keyof S & string : never;

/** Every scope any subgraph registered (subgraphs/registry.ts): the closed list keys are issued from. */
export type PartnerScope = ScopesOf<Entry>;

export const PARTNER_SCOPES: Readonly<Record<PartnerScope, string>> = Object.fromEntries(
  SUBGRAPHS.flatMap((s) => Object.entries((s as { scopes?: Record<string, string> }).scopes ?? {})),
) as Record<PartnerScope, string>;

export const isPartnerScope = (scope: string): scope is PartnerScope => Object.hasOwn(PARTNER_SCOPES, scope);
