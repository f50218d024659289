import { InputError } from '../errors/input-error.js';
import { InputErrors, type InputErrorCode } from './messages.js';

/** Refuse `field` for `reason`; `message` only when the catalogue's text is not specific enough. */
export const refuseInput = (reason: InputErrorCode, field: string, message?: string) => new InputError(reason, field, message ?? InputErrors.codes[reason].message);
