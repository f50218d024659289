/**
 * The tender's WebService message standard (2.6.1.1): every request and response element
 * holds a Message Header <head> and a Message Body <body>; the response head carries
 * RESULT ("0" success, "1" business failure) and ERROR (Chinese text, empty on success).
 * Request schemas here validate what node-soap parsed from the XML against the WSDL shape.
 */
import { z } from 'zod';

export interface ResponseHead {
  RESULT: '0' | '1';
  ERROR: string;
}

export interface SoapReply {
  head: ResponseHead;
  body: object;
}

export function ok<B extends object>(body: B): { head: ResponseHead; body: B } {
  return { head: { RESULT: '0', ERROR: '' }, body };
}

/** A business failure: the call itself worked, the answer is "no" (e.g. a malformed ID number). */
export function fail(error: string): SoapReply {
  return { head: { RESULT: '1', ERROR: error }, body: {} };
}

/** A simple-typed element; node-soap yields a string (or an object / array when the XML is wrong). */
export const text = () => z.string();

/**
 * A complex-typed element: node-soap yields null for <x/> and keeps unknown children as
 * keys, so unknown children are rejected and attributes ignored.
 */
export function element<S extends z.ZodRawShape>(shape: S) {
  return z.preprocess((value) => value ?? {}, z.strictObject({ ...shape, attributes: z.unknown().optional() }));
}

/** maxOccurs="unbounded": node-soap already yields an array; absent means none. */
export function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => value ?? [], z.array(item));
}

/** The operation element: <opName><head/><body/></opName>. */
export function soapRequest<H extends z.ZodRawShape, B extends z.ZodRawShape>(head: H, body: B) {
  return element({ head: element(head), body: element(body) });
}

/** Header fields every caller sends. */
export const baseHead = { sysCode: text(), requestId: text() };

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(operation element)'}: ${issue.message}`)
    .join('; ');
}
