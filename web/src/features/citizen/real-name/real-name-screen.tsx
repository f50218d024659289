'use client';

import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { accountPage } from '@/features/shared/catalogue/services';
import { RealNameFlow } from './real-name-flow';

const PAGE = accountPage('real-name');

export function RealNameScreen() {
  return <CitizenServicePage page={PAGE}>{() => <RealNameFlow />}</CitizenServicePage>;
}
