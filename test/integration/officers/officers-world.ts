import type { OfficerKit } from '../../kit/officers.js';
import type { Stack } from '../../kit/stack.js';
import type { StorageMode } from '../../kit/storage.js';

export const CURRENT_OFFICER = `{ currentOfficer { id username name unitCode roles totpEnrolled } }`;
export const SIGN_IN = `mutation($u: String!, $p: String!, $t: String!) { officerSignIn(username: $u, password: $p, totp: $t) { token mustChangePassword error { code message } } }`;

/** What every part of the officers suite gets: the suite's one stack per storage path and its officer kit. */
export interface OfficersWorld {
  mode: StorageMode;
  /** Set in the suite's beforeAll: read these inside hooks and tests, never at describe time. */
  stack: Stack;
  kit: OfficerKit;
  /** Personal values a test sent to be stored (names, phones), with what they are: the at-rest check looks for them in clear. */
  written: Map<string, string>;
}

/** One group of the officers suite's tests; `define` declares them with Jest's describe/it. */
export interface OfficersPart {
  title: string;
  define(world: OfficersWorld): void;
}

/**
 * The code an officer's sign-in comes back with (`OK` for a token). `from`: a client address the stack's gateway
 * believes (its trusted proxy is this process, on loopback).
 */
export async function signInCodeOf(stack: Stack, username: string, password: string, totp: string, from?: string): Promise<string> {
  const { body } = await stack.graphql(SIGN_IN, { u: username, p: password, t: totp }, undefined, from ? { 'x-forwarded-for': from } : undefined);
  return body.data.officerSignIn.error?.code ?? 'OK';
}
