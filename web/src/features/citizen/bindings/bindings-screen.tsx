'use client';

import { CitizenServicePage } from '@/features/citizen/shell/citizen-service-page';
import { accountPage } from '@/features/shared/catalogue/services';
import { BindingsView } from './bindings-view';

/** 我的绑定 needs level 1 (the binding mutations do): the gate says so before anything is asked. */
const PAGE = accountPage('bindings');

export function BindingsScreen() {
  return <CitizenServicePage page={PAGE}>{() => <BindingsView />}</CitizenServicePage>;
}
