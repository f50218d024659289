'use client';

import type { ReactNode } from 'react';
import type { GatedPage } from '@/features/shared/catalogue/services';
import { CitizenGate } from './citizen-gate';
import { CitizenPage } from './citizen-page';
import { LevelGate } from './level-gate';

/**
 * One catalogue page: its title bar, sign-in first, then the level gate, then
 * the page (created only past the gate, so its queries never run below it).
 */
export function CitizenServicePage({ page, backHref, children }: { page: GatedPage; backHref?: string | null; children: (token: string) => ReactNode }) {
  return (
    <CitizenPage title={page.title} backHref={backHref}>
      <CitizenGate>
        {(token) => (
          <LevelGate page={page} token={token}>
            {children(token)}
          </LevelGate>
        )}
      </CitizenGate>
    </CitizenPage>
  );
}
