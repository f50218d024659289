'use client';

import { createContext, useContext } from 'react';
import type { CurrentOfficerQuery } from '@/gql/graphql';

export type CurrentOfficer = NonNullable<CurrentOfficerQuery['currentOfficer']>;
export type ScopeUnit = CurrentOfficerQuery['units'][number];

export interface OfficerContextValue {
  officer: CurrentOfficer;
  /** Units in the officer's scope (their own and below; all for the system and security administrators). */
  units: readonly ScopeUnit[];
  unitName(code: string): string;
  reload(): void;
}

const OfficerContext = createContext<OfficerContextValue | null>(null);

export const OfficerContextProvider = OfficerContext.Provider;

/** The signed-in officer; only inside the console shell. */
export function useCurrentOfficer(): OfficerContextValue {
  const value = useContext(OfficerContext);
  if (!value) throw new Error('useCurrentOfficer outside the console shell');
  return value;
}
