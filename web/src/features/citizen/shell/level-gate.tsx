'use client';

import type { ReactNode } from 'react';
import type { GatedPage } from '@/features/shared/catalogue/services';
import { tokenLevel } from '@/features/shared/session/token-claims';
import { LevelRequired } from './level-required';

/**
 * Renders the page only when the session's level is enough for it; else says
 * which level is needed. Decided from the token alone, so a citizen below the
 * level never meets an API error first.
 */
export function LevelGate({ page, token, children }: { page: GatedPage; token: string; children: ReactNode }) {
  if (tokenLevel(token) < page.level) return <LevelRequired level={page.level} what={page.title} />;
  return <>{children}</>;
}
