/** 人口系统 — the population register, at /population. */
import type { SystemModule } from '../../framework/system.js';
import { populationOperations } from './operations.js';

export const population = {
  id: 'population',
  title: '人口系统',
  wsdlFile: new URL('./population.wsdl', import.meta.url),
  create: ({ seed }) => ({ operations: populationOperations(seed), reset: () => {} }),
} as const satisfies SystemModule<'population'>;
