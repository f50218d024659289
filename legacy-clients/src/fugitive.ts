/** The fugitive comparison service (在逃人员比对, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './fugitive/fugitive-gateway.js';
export * from './fugitive/soap-fugitive-gateway.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const FUGITIVE_WSDL = fileURLToPath(new URL('./fugitive/fugitive.wsdl', import.meta.url));
