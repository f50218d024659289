/**
 * The CTID network identity (网证) of a seeded person: the 网证码 their app would show and the
 * password they chose, derived from the ID number with a fixed stand-in key, so tests can
 * "hold" any citizen's network identity without shared state.
 */
import { standInDigest } from '../shared/tokens.js';

export interface NetworkIdentity {
  /** 20 characters, upper-case letters and digits without 0/O/1/I. */
  networkIdCode: string;
  /** 6 digits. */
  password: string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function networkIdentityOf(idNumber: string): NetworkIdentity {
  const digest = standInDigest('network-identity', idNumber.trim().toUpperCase());
  const networkIdCode = [...digest.subarray(0, 20)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  const password = String(digest.readUInt32BE(20) % 1_000_000).padStart(6, '0');
  return { networkIdCode, password };
}
