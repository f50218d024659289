import { AppError } from '@jingtong/kit';

/** Bad input: BAD_USER_INPUT with a Chinese message naming the field; nothing has changed. */
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', { message, details: { field } });
