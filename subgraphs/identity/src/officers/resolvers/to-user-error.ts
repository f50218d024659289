import { IdentityErrors, type IdentityErrorCode } from '../../errors.js';
import { UserError } from '../../schema/user-error.type.js';

export const toUserError = (failure: { code: IdentityErrorCode; message?: string }) => UserError.of(failure.code, failure.message ?? IdentityErrors[failure.code]);
