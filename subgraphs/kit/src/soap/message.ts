import { AppError } from '../errors/app-error.js';

/** Every legacy WebService answers `<head><RESULT/><ERROR/></head><body/>` (tender 2.6.1.1). */
export interface Reply<B> {
  head: { RESULT: string | number; ERROR?: string };
  body?: B;
}

export const isAccepted = (reply: Reply<unknown>) => String(reply?.head?.RESULT) === '0';

/** RESULT=1 where we validated the input first: the system refused something we could not foresee. */
export function acceptedBody<B>(reply: Reply<B>, refusal: string): B | undefined {
  if (!isAccepted(reply)) throw new AppError('BAD_USER_INPUT', { message: refusal });
  return reply.body;
}
