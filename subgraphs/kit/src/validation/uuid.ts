import validator from 'validator';
import { refuseInput } from './refuse-input.js';

/** Our ids are UUIDs; checking first turns a malformed id into a clear refusal instead of a database error. */
export function requireUuid(raw: string, field = 'id'): string {
  if (!validator.isUUID(raw)) throw refuseInput('UUID_INVALID', field);
  return raw.toLowerCase();
}
