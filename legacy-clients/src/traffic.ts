/** The provincial traffic management platform (省交管综合应用平台, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './traffic/traffic-gateway.js';
export * from './traffic/soap-traffic-gateway.js';
export * from './traffic/cached-traffic-gateway.js';
export * from './traffic/fine-payment-refused.js';
export { lateFeeFen, LATE_FEE_GRACE_DAYS, LATE_FEE_PERCENT_PER_DAY } from './traffic/late-fee.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const TRAFFIC_WSDL = fileURLToPath(new URL('./traffic/traffic.wsdl', import.meta.url));
