/** The SMS gateway (短信平台, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './sms/sms-gateway.js';
export * from './sms/soap-sms-gateway.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const SMS_WSDL = fileURLToPath(new URL('./sms/sms.wsdl', import.meta.url));
