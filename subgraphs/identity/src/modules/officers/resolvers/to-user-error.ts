import { UserError } from '@jingtong/kit';
import { type IdentityErrorCode, identityMessage } from '../../../errors.js';

export const toUserError = (failure: { code: IdentityErrorCode; message?: string; field?: string }) => UserError.of(failure.code, failure.message ?? identityMessage(failure.code), failure.field);
