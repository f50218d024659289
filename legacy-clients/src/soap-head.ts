import type { CallContext } from './call-context.js';

/** Request head of the systems without a session (tender 2.6.1.1): who calls, and for which request. */
export const soapHead = (ctx: CallContext, sysCode = 'JINGTONG') => ({ sysCode, requestId: ctx.requestId });
