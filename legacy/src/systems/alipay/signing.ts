/**
 * RSA2 as Alipay's open platform (v1 gateway, gateway.do) does it:
 * - request: every parameter except `sign` and except empty values, sorted by key (ASCII),
 *   joined as key=value with & (raw values, not URL-encoded), SHA256withRSA, base64; verified
 *   with the app public key. `sign_type` IS part of the signed content (only the v1
 *   asynchronous-notification check leaves it out).
 * - response: the exact JSON text of the `<method>_response` (or `error_response`) object as it
 *   appears in the body, signed with Alipay's private key.
 */
import { createSign, createVerify } from 'node:crypto';

export function signContent(params: Readonly<Record<string, string | undefined>>): string {
  return Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== undefined && params[key] !== '')
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('&');
}

export function rsa2Sign(content: string, privateKeyPem: string): string {
  return createSign('RSA-SHA256').update(content, 'utf8').sign(privateKeyPem, 'base64');
}

export function rsa2Verify(content: string, signature: string, publicKeyPem: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKeyPem, signature, 'base64');
  } catch {
    return false; // not base64 / not a signature of this key size
  }
}

/** `{"<key>":<object JSON>,"sign":"..."}`: the signature covers exactly the object's text. */
export function signedResponseBody(responseKey: string, payload: object, alipayPrivateKeyPem: string): string {
  const text = JSON.stringify(payload);
  return `{"${responseKey}":${text},"sign":${JSON.stringify(rsa2Sign(text, alipayPrivateKeyPem))}}`;
}

/** The JSON text of `responseKey`'s object inside a response body, as a client must extract it to verify. */
export function responseObjectText(body: string, responseKey: string): string | undefined {
  const start = body.indexOf(`"${responseKey}":`);
  if (start < 0) return undefined;
  const open = body.indexOf('{', start);
  let depth = 0;
  let inString = false;
  for (let i = open; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return body.slice(open, i + 1);
  }
  return undefined;
}
