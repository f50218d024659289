/** 在逃人员比对 — fugitive comparison, at /fugitive. The list is seed.fugitives(). */
import type { SystemModule } from '../../framework/system.js';
import { fugitiveOperations } from './operations.js';

export { fugitiveRecord, type FugitiveHit } from './records.js';

export const fugitive = {
  id: 'fugitive',
  title: '在逃人员比对',
  wsdlFile: new URL('./fugitive.wsdl', import.meta.url),
  create: ({ seed }) => ({ operations: fugitiveOperations(seed), reset: () => {} }),
} as const satisfies SystemModule<'fugitive'>;
