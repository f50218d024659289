'use client';

import { useState } from 'react';
import { useCurrentOfficer } from '@/features/console/shell/officer-context';
import { hallsInScope } from './hall-scope';
import type { HallView } from './types';

/** The halls the officer may work with, and the one chosen (the first of them until another is). */
export function useHallChoice(allHalls: readonly HallView[]) {
  const { units } = useCurrentOfficer();
  const halls = hallsInScope(allHalls, units);
  const [chosen, setChosen] = useState<string | null>(null);
  const hall = halls.find((candidate) => candidate.id === chosen) ?? halls[0] ?? null;
  return { halls, hall, choose: setChosen };
}
