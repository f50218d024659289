/** The halls' queue machines (排队叫号系统, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './queue/queue-machine.js';
export * from './queue/queue-machine-refused.js';
export * from './queue/soap-queue-machine.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const QUEUE_WSDL = fileURLToPath(new URL('./queue/queue.wsdl', import.meta.url));
