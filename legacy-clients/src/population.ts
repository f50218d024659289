/** The population register (人口系统, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './population/population-gateway.js';
export * from './population/soap-population-gateway.js';
export * from './population/cached-population-gateway.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const POPULATION_WSDL = fileURLToPath(new URL('./population/population.wsdl', import.meta.url));
