export { acceptedBody, isAccepted, type Reply } from '@jingtong/kit';

export interface CallContext {
  requestId: string;
}

export const soapHead = (ctx: CallContext, sysCode = 'JINGTONG') => ({ sysCode, requestId: ctx.requestId });
